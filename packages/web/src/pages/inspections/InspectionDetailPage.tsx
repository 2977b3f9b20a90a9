import { CheckCircleOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import type { InspectionPlan } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Image,
  Input,
  List,
  Modal,
  Radio,
  Rate,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocation, inspectionApi } from '../../api/inspections';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { can, isEnterpriseAccount } from '../../lib/permissions';
import { STATUS_COLOR } from './InspectionListPage';

/** One inspection: approval, the code, check-in/out on a phone, the result, and the enterprise's rating. */
export default function InspectionDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['inspection', id], queryFn: () => inspectionApi.get(id) });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const plan = q.data;
  return (
    <>
      <PageHeader
        title={`${t('inspection.detail')} · ${plan.entityName}`}
        testId="page-inspection-detail"
        extra={
          <Tag color={STATUS_COLOR[plan.status]} data-testid="inspection-status">
            {t(`inspection.statuses.${plan.status}`)}
          </Tag>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PlanCard plan={plan} />
        </Col>
        <Col xs={24} lg={10}>
          <Actions plan={plan} />
        </Col>
      </Row>
    </>
  );
}

function PlanCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('inspection.entity')}>
          {plan.entityName}（{plan.entityUscc}）
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.department')}>{plan.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('inspection.type')}>{t(`inspection.types.${plan.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inspection.window')}>
          {plan.windowFrom} ~ {plan.windowTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.officers')}>
          <span data-testid="inspection-officers">
            {plan.officers.map((o) => `${o.displayName}（${t('inspection.certificate')} ${o.certificateNo}）`).join('、')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.items')}>
          <List size="small" dataSource={plan.items} renderItem={(i) => <List.Item>{`${i.name}（${i.legalBasis}）`}</List.Item>} />
        </Descriptions.Item>
        {plan.exemptionGround && (
          <Descriptions.Item label={t('inspection.exemptionGround')}>
            {t(`inspection.grounds.${plan.exemptionGround}`)}：{plan.exemptionReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('inspection.plannedBy')}>
          {plan.createdByName} {formatDateTime(plan.createdAt)}
        </Descriptions.Item>
        {plan.approvedByName && (
          <Descriptions.Item label={t('inspection.approvedBy')}>
            {plan.approvedByName} {formatDateTime(plan.approvedAt)}
          </Descriptions.Item>
        )}
        {plan.rejectionReason && <Descriptions.Item label={t('inspection.rejectionReason')}>{plan.rejectionReason}</Descriptions.Item>}
        {plan.checkedInAt && <Descriptions.Item label={t('inspection.checkedInAt')}>{formatDateTime(plan.checkedInAt)}</Descriptions.Item>}
        {plan.checkedOutAt && (
          <Descriptions.Item label={t('inspection.checkedOutAt')}>{formatDateTime(plan.checkedOutAt)}</Descriptions.Item>
        )}
        {plan.result && (
          <Descriptions.Item label={t('inspection.result')}>
            {t(`inspection.results.${plan.result}`)}
            {plan.findings ? `：${plan.findings}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('inspection.rating')}>
          <span data-testid="inspection-rating">
            {plan.rating ? (
              <Space direction="vertical" size={0}>
                <span>
                  {t('inspection.conduct')} {plan.rating.conduct} · {t('inspection.etiquette')} {plan.rating.etiquette} ·{' '}
                  {t('inspection.disruption')} {plan.rating.disruption}
                </span>
                {plan.rating.comment && <Typography.Text>{plan.rating.comment}</Typography.Text>}
              </Space>
            ) : plan.rated ? (
              t('inspection.ratedHidden')
            ) : (
              t('inspection.notRated')
            )}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Actions({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [outForm] = Form.useForm<{ result: 'no_problem' | 'problems'; findings: string }>();
  const refresh = (p: InspectionPlan) => {
    qc.setQueryData(['inspection', plan.id], p);
    qc.invalidateQueries({ queryKey: ['inspections'] });
  };
  const run = useMutation({
    mutationFn: async (action: 'approve' | 'reject' | 'check-in' | 'check-out') => {
      if (action === 'approve') {
        return inspectionApi.approve(plan.id);
      }
      if (action === 'reject') {
        return inspectionApi.reject(plan.id, reason);
      }
      const location = await currentLocation();
      if (action === 'check-in') {
        return inspectionApi.checkIn(plan.id, location);
      }
      const v = await outForm.validateFields();
      return inspectionApi.checkOut(plan.id, { result: v.result, findings: v.findings ?? '', location });
    },
    onSuccess: (p) => {
      refresh(p);
      setRejecting(false);
      showSuccess(t('common.saved'));
    },
    onError: (e) => showError(e),
  });
  const onPlan = plan.officers.some((o) => o.userId === me.id);
  const canApprove =
    can(me, 'inspection.approve') &&
    me.departmentId === plan.departmentId &&
    plan.createdBy !== me.id &&
    plan.status === 'pending_approval';
  const codeReady = ['approved', 'checked_in', 'completed'].includes(plan.status) || (plan.emergency && plan.status === 'pending_approval');
  const code = useQuery({
    queryKey: ['inspection-code', plan.id],
    queryFn: () => inspectionApi.code(plan.id),
    enabled: codeReady && !isEnterpriseAccount(me),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {canApprove && (
        <Card title={t('inspection.approval')}>
          <Space wrap>
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => run.mutate('approve')}
              loading={run.isPending}
              data-testid="plan-approve"
            >
              {t('inspection.approve')}
            </Button>
            <Button danger onClick={() => setRejecting(true)} data-testid="plan-reject">
              {t('inspection.reject')}
            </Button>
          </Space>
          <Modal
            open={rejecting}
            title={t('inspection.reject')}
            onOk={() => run.mutate('reject')}
            onCancel={() => setRejecting(false)}
            okButtonProps={{ disabled: !reason.trim() }}
          >
            <Input.TextArea
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('inspection.rejectionReason')}
            />
          </Modal>
        </Card>
      )}
      {codeReady && code.data && (
        <Card title={t('inspection.code')}>
          <Space direction="vertical" align="center" style={{ width: '100%' }}>
            <Image
              src={inspectionApi.codePng(plan.id)}
              width={220}
              preview={false}
              alt={t('inspection.codeAlt')}
              data-testid="inspection-qr"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspection.codeHelp')}
            </Typography.Text>
            <a href={code.data.url} target="_blank" rel="noreferrer" data-testid="inspection-code-link">
              {t('inspection.openCode')}
            </a>
          </Space>
        </Card>
      )}
      {onPlan && (plan.status === 'approved' || (plan.emergency && plan.status === 'pending_approval')) && (
        <Button
          type="primary"
          size="large"
          block
          icon={<LoginOutlined />}
          onClick={() => run.mutate('check-in')}
          loading={run.isPending}
          data-testid="check-in"
        >
          {t('inspection.checkIn')}
        </Button>
      )}
      {onPlan && plan.status === 'checked_in' && (
        <Card title={t('inspection.checkOut')}>
          <Form form={outForm} layout="vertical" initialValues={{ result: 'no_problem', findings: '' }}>
            <Form.Item name="result" label={t('inspection.result')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'no_problem', label: t('inspection.results.no_problem') },
                  { value: 'problems', label: t('inspection.results.problems') },
                ]}
              />
            </Form.Item>
            <Form.Item name="findings" label={t('inspection.findings')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Form>
          <Button
            type="primary"
            size="large"
            block
            icon={<LogoutOutlined />}
            onClick={() => run.mutate('check-out')}
            loading={run.isPending}
            data-testid="check-out"
          >
            {t('inspection.checkOut')}
          </Button>
        </Card>
      )}
      {isEnterpriseAccount(me) && plan.status === 'completed' && !plan.rated && <RatingCard plan={plan} onDone={refresh} />}
      {can(me, 'inspection.plan') && ['pending_approval', 'approved'].includes(plan.status) && <MergeCard plan={plan} />}
      {plan.emergency && plan.status === 'pending_approval' && (
        <Alert type="warning" showIcon message={t('inspection.emergencyPending', { date: plan.backfillDueOn })} />
      )}
    </Space>
  );
}

/** 综合查一次: other departments' plans for the same entity that can become one joint visit. */
function MergeCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['merge-candidates', plan.id], queryFn: () => inspectionApi.mergeCandidates(plan.id) });
  const merge = useMutation({
    mutationFn: (otherPlanId: string) => inspectionApi.merge(plan.id, otherPlanId),
    onSuccess: () => {
      showSuccess(t('inspection.merged'));
      qc.invalidateQueries({ queryKey: ['merge-candidates', plan.id] });
      qc.invalidateQueries({ queryKey: ['inspection', plan.id] });
    },
    onError: (e) => showError(e),
  });
  if (plan.jointGroupId && (q.data ?? []).length === 0) {
    return <Alert type="success" showIcon message={t('inspection.isJoint')} data-testid="inspection-joint" />;
  }
  if (!q.data || q.data.length === 0) {
    return null;
  }
  return (
    <Card title={t('inspection.mergeTitle')} data-testid="merge-candidates">
      <List
        dataSource={q.data}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button
                key="merge"
                type="primary"
                size="small"
                onClick={() => merge.mutate(c.planId)}
                loading={merge.isPending}
                data-testid="merge-button"
              >
                {t('inspection.merge')}
              </Button>,
            ]}
          >
            {t('inspection.mergeWith', { department: c.departmentName ?? '', days: c.gapDays })}
          </List.Item>
        )}
      />
    </Card>
  );
}

function RatingCard({ plan, onDone }: { plan: InspectionPlan; onDone: (p: InspectionPlan) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ conduct: number; etiquette: number; disruption: number; comment: string }>();
  const rate = useMutation({
    mutationFn: (v: { conduct: number; etiquette: number; disruption: number; comment: string }) =>
      inspectionApi.rate(plan.id, { ...v, comment: v.comment ?? '' }),
    onSuccess: async () => {
      showSuccess(t('inspection.thanks'));
      onDone(await inspectionApi.get(plan.id));
    },
    onError: (e) => showError(e),
  });
  return (
    <Card title={t('inspection.rateTitle')}>
      <Alert type="info" showIcon message={t('inspection.rateHelp')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)} initialValues={{ conduct: 5, etiquette: 5, disruption: 5 }}>
        <Form.Item name="conduct" label={t('inspection.conduct')}>
          <Rate data-testid="rate-conduct" />
        </Form.Item>
        <Form.Item name="etiquette" label={t('inspection.etiquette')}>
          <Rate />
        </Form.Item>
        <Form.Item name="disruption" label={t('inspection.disruptionQuestion')}>
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('inspection.comment')}>
          <Input.TextArea rows={3} maxLength={500} data-testid="rate-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rate-submit">
          {t('inspection.rateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
