import { UploadOutlined } from '@ant-design/icons';
import type { SupervisionSubjectKind, SupervisionTaskDetail } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { supervisionApi, supervisionKeys } from '../../api/supervision';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { can } from '../../lib/permissions';
import { STATUS_COLORS } from './SupervisionTasksPage';

/** Where the record a task was opened from is shown. */
const subjectPath = (kind: SupervisionSubjectKind, id: string) =>
  kind === 'case' ? `/cases/${id}` : kind === 'inspection' ? `/inspections/${id}` : '/credit/corrections';

/** One task: what the bureau asks, until when, and every step since (answers with their materials, returns, closing). */
export default function SupervisionTaskPage() {
  const { t } = useTranslation();
  const { id } = useParams() as { id: string };
  const me = useCurrentUser();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: supervisionKeys.task(id), queryFn: () => supervisionApi.task(id), staleTime: 0 });
  const [file, setFile] = useState<File | null>(null);
  const [review, setReview] = useState<'close' | 'return' | null>(null);
  const [answerForm] = Form.useForm();
  const [reviewForm] = Form.useForm();
  const task = q.data;
  const done = async (next: SupervisionTaskDetail, message: string) => {
    qc.setQueryData(supervisionKeys.task(id), next);
    await qc.invalidateQueries({ queryKey: supervisionKeys.tasks, exact: false, refetchType: 'none' });
    showSuccess(message);
  };
  const sendAnswer = async () => {
    const v = await answerForm.validateFields();
    try {
      await done(await supervisionApi.answer(id, v.text, file ?? undefined), t('supervision.answered'));
      answerForm.resetFields();
      setFile(null);
    } catch (e) {
      showError(e);
    }
  };
  const sendReview = async () => {
    const v = await reviewForm.validateFields();
    try {
      const next =
        review === 'close'
          ? await supervisionApi.close(id, { note: v.text || undefined })
          : await supervisionApi.sendBack(id, { reason: v.text });
      await done(next, t(review === 'close' ? 'supervision.closedDone' : 'supervision.returnedDone'));
      setReview(null);
    } catch (e) {
      showError(e);
    }
  };
  if (!task) {
    return <Card loading={q.isLoading} />;
  }
  const canAnswer =
    can(me, 'supervision.answer') && me?.departmentId === task.departmentId && (task.status === 'open' || task.status === 'returned');
  const canReview = can(me, 'supervision.manage') && task.status === 'answered';
  return (
    <>
      <PageHeader
        title={task.title}
        testId="page-supervision-task"
        extra={
          canReview && (
            <Space>
              <Button type="primary" onClick={() => setReview('close')} data-testid="close-task">
                {t('supervision.close')}
              </Button>
              <Button danger onClick={() => setReview('return')} data-testid="return-task">
                {t('supervision.return')}
              </Button>
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('supervision.statusLabel')}>
            <Tag color={STATUS_COLORS[task.status]} data-testid="task-status">
              {t(`supervision.status.${task.status}`)}
            </Tag>
            {task.overdue && (
              <Tag color="red" data-testid="overdue-tag">
                {t('supervision.overdue')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.department')}>{task.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.originLabel')}>{t(`supervision.origin.${task.origin}`)}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.deadline')}>
            <span data-testid="task-due">{task.dueOn}</span>
            {t('supervision.deadlineOf', { days: task.workingDays, from: task.openedOn })}
          </Descriptions.Item>
          {task.subjectKind && task.subjectId && (
            <Descriptions.Item label={t('supervision.subject')}>
              <Link to={subjectPath(task.subjectKind, task.subjectId)} data-testid="task-subject">
                {t(`supervision.subjectKind.${task.subjectKind}`)}
              </Link>
            </Descriptions.Item>
          )}
          {task.figure && (
            <Descriptions.Item label={t('supervision.figure')}>
              <Typography.Text code>{JSON.stringify(task.figure)}</Typography.Text>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('supervision.demand')} span={2}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{task.demand}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {canAnswer && (
        <Card title={t(task.status === 'returned' ? 'supervision.answerAgain' : 'supervision.answer')} style={{ marginBottom: 16 }}>
          <Form form={answerForm} layout="vertical">
            <Form.Item name="text" label={t('supervision.answerText')} rules={[{ required: true, message: t('supervision.answerRule') }]}>
              <Input.TextArea rows={4} maxLength={4000} data-testid="answer-text" />
            </Form.Item>
            <Form.Item label={t('supervision.material')}>
              <Upload
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
              >
                <Button icon={<UploadOutlined />} data-testid="answer-file">
                  {t('supervision.chooseFile')}
                </Button>
              </Upload>
            </Form.Item>
            <Button type="primary" onClick={sendAnswer} data-testid="send-answer">
              {t('supervision.send')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={t('supervision.history')}>
        <Timeline
          items={task.history.map((h, i) => ({
            key: i,
            color: h.type.endsWith('overdue') || h.type.endsWith('returned') ? 'red' : h.type.endsWith('closed') ? 'green' : 'blue',
            children: (
              <div data-testid="task-step">
                <Typography.Text strong>{t(`supervision.step.${h.type.replace('supervision_task.', '')}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {h.actorName} · {formatDateTime(h.occurredAt)}
                </Typography.Text>
                {h.text && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{h.text}</Typography.Paragraph>}
                {h.materials.map((m) => (
                  <div key={m.id}>
                    <a href={supervisionApi.materialUrl(task.id, m.id)} data-testid="task-material">
                      {m.fileName}
                    </a>
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      </Card>
      <Modal
        open={!!review}
        title={t(review === 'close' ? 'supervision.close' : 'supervision.return')}
        onCancel={() => setReview(null)}
        onOk={sendReview}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'review-ok' }}
      >
        <Form form={reviewForm} layout="vertical" preserve={false}>
          <Form.Item
            name="text"
            label={t(review === 'close' ? 'supervision.closeNote' : 'supervision.returnReason')}
            rules={review === 'return' ? [{ required: true, message: t('supervision.returnRule') }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="review-text" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
