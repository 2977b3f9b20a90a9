import type { InterviewFollowUp } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Input, Modal, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Interview, interviewApi, interviewKeys } from '../../api/interviews';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { AttendanceForm, MinutesForm } from './InterviewForms';
import { FOLLOW_UP_COLOR, formatTime, STATE_COLOR } from './shared';

type Department = Interview['departments'][number];

/** 约谈详情: particulars, 签到表, 笔录, one signature per department, follow-up items (常政办发〔2025〕5号 第三项). */
export default function InterviewDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [completing, setCompleting] = useState<InterviewFollowUp | null>(null);
  const [note, setNote] = useState('');
  const q = useQuery({ queryKey: interviewKeys.detail(id), queryFn: () => interviewApi.get(id), staleTime: 0 });
  const onSaved = (i: Interview, key: string) => {
    qc.setQueryData(interviewKeys.detail(id), i);
    qc.invalidateQueries({ queryKey: interviewKeys.all });
    showSuccess(t(key));
  };
  const sign = useMutation({
    mutationFn: (sha: string) => interviewApi.sign(id, sha),
    onSuccess: (i) => onSaved(i, 'interview.signedOk'),
    onError: (e) => showError(e),
  });
  const done = useMutation({
    mutationFn: (v: { id: string; note: string }) => interviewApi.followUpDone(v.id, v.note),
    onSuccess: (i) => {
      setCompleting(null);
      onSaved(i, 'interview.followUpDoneOk');
    },
    onError: (e) => showError(e),
  });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const iv = q.data;
  const mine = iv.departments.find((d) => d.departmentId === me.departmentId);
  const staff = can(me, 'case.handle') && !!mine;
  const lead = staff && !!mine?.lead;
  const anySigned = iv.departments.some((d) => d.signedAt);
  const canAttend = lead && (iv.state === 'scheduled' || iv.state === 'held');
  const canMinute = lead && (iv.state === 'held' || iv.state === 'minuted') && !anySigned;
  return (
    <>
      <PageHeader
        title={t('interview.detailTitle', { mode: t(`interview.modes.${iv.mode}`) })}
        testId="page-interview-detail"
        extra={
          <Tag color={STATE_COLOR[iv.state]} data-testid="interview-state">
            {t(`interview.states.${iv.state}`)}
          </Tag>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('interview.scheduledAt')}>{formatTime(iv.scheduledAt)}</Descriptions.Item>
                <Descriptions.Item label={t('interview.place')}>{iv.place}</Descriptions.Item>
                <Descriptions.Item label={t('interview.lead')}>{iv.leadDepartmentName}</Descriptions.Item>
                <Descriptions.Item label={t('interview.subject')}>{iv.subject}</Descriptions.Item>
                <Descriptions.Item label={t('interview.legalBasis')}>{iv.legalBasis}</Descriptions.Item>
              </Descriptions>
              {iv.minutes && (
                <a href={interviewApi.minutesUrl(iv.id)} download data-testid="interview-minutes-docx">
                  {t('interview.downloadMinutes')}
                </a>
              )}
            </Card>
            <Card title={t('interview.attendance')} data-testid="interview-attendance">
              {canAttend ? (
                <AttendanceForm interview={iv} />
              ) : (
                <Table
                  rowKey="seq"
                  size="small"
                  pagination={false}
                  dataSource={iv.parties}
                  columns={[
                    {
                      title: t('interview.party'),
                      render: (_, p) => (p.caseId ? <Link to={`/cases/${p.caseId}`}>{p.partyName}</Link> : p.partyName),
                    },
                    {
                      title: t('interview.attended'),
                      render: (_, p) => (p.attended === null ? '—' : p.attended ? t('interview.present') : t('interview.absent')),
                    },
                    {
                      title: t('interview.attendeeName'),
                      render: (_, p) => [p.attendeeName, p.attendeeTitle].filter(Boolean).join('，') || '—',
                    },
                  ]}
                />
              )}
            </Card>
            {(canMinute || iv.minutes) && (
              <Card title={t('interview.minutes')} data-testid="interview-minutes">
                {canMinute ? (
                  <MinutesForm interview={iv} />
                ) : (
                  <>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{iv.minutes}</Typography.Paragraph>
                    {iv.parties
                      .filter((p) => p.statement)
                      .map((p) => (
                        <Typography.Paragraph key={p.seq}>
                          {p.partyName}：{p.statement}
                        </Typography.Paragraph>
                      ))}
                  </>
                )}
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('interview.signatures')} data-testid="interview-signatures">
              <Table<Department>
                rowKey="departmentId"
                size="small"
                pagination={false}
                dataSource={iv.departments}
                columns={[
                  {
                    title: t('interview.department'),
                    render: (_, d) => `${d.departmentName}${d.lead ? `（${t('interview.lead')}）` : ''}`,
                  },
                  {
                    title: t('interview.signature'),
                    render: (_, d) =>
                      d.signedAt ? (
                        <span data-testid="signature-done">
                          {d.signedByName}（{d.certificateNo}）
                        </span>
                      ) : d.departmentId === mine?.departmentId && staff && iv.state === 'minuted' && iv.minutesSha256 ? (
                        <Button
                          size="small"
                          type="primary"
                          loading={sign.isPending}
                          onClick={() => sign.mutate(iv.minutesSha256 as string)}
                          data-testid="interview-sign"
                        >
                          {t('interview.sign')}
                        </Button>
                      ) : (
                        t('interview.unsigned')
                      ),
                  },
                ]}
              />
            </Card>
            <Card title={t('interview.followUps')} data-testid="interview-follow-ups">
              <Table<InterviewFollowUp>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={iv.followUps}
                scroll={{ x: 620 }}
                locale={{ emptyText: t('interview.noFollowUps') }}
                columns={[
                  { title: t('interview.party'), dataIndex: 'partyName', width: 150 },
                  { title: t('interview.followUpContent'), dataIndex: 'content', width: 200 },
                  { title: t('interview.dueOn'), dataIndex: 'dueOn', width: 110 },
                  {
                    title: t('interview.state'),
                    width: 150,
                    render: (_, f) => (
                      <Space size={4} wrap>
                        <Tag color={FOLLOW_UP_COLOR[f.status]} data-testid="follow-up-status">
                          {t(`interview.followUpStatuses.${f.status}`)}
                        </Tag>
                        {f.status !== 'done' && staff && (
                          <Button size="small" onClick={() => setCompleting(f)} data-testid="follow-up-done">
                            {t('interview.markDone')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <Modal
        open={!!completing}
        title={t('interview.markDone')}
        onCancel={() => setCompleting(null)}
        okButtonProps={{ loading: done.isPending, disabled: note.trim() === '' }}
        onOk={() => completing && done.mutate({ id: completing.id, note })}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('interview.doneNote')}
          data-testid="follow-up-note"
        />
      </Modal>
    </>
  );
}
