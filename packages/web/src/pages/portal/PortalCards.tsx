import { CheckCircleOutlined, FileWordOutlined } from '@ant-design/icons';
import type { CaseDetail, MeasureView } from '@rouxing/contracts';
import { Alert, Button, Card, Checkbox, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi, download, portalApi } from '../../api/cases';
import { FollowUpForm, followUpResult } from '../cases/FollowUpForm';
import { useCaseAction } from '../cases/shared';

/** 待签收文书 and every document served: opening an electronically served one is its receipt. */
export function DocumentsCard({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const pending = kase.deliveries.filter((d) => d.method === 'electronic' && d.status === 'pending');
  const [opening, setOpening] = useState<string | null>(null);
  const receive = useCaseAction(kase.id, (deliveryId: string) => portalApi.receive(deliveryId), {
    success: t('myCases.received'),
    onDone: () => setOpening(null),
  });
  const open = (deliveryId: string, documentId: string) => {
    setOpening(deliveryId);
    receive.mutate(deliveryId, { onSuccess: () => download(caseApi.documentUrl(documentId)) });
  };
  return (
    <Card title={pending.length > 0 ? t('myCases.toReceive') : t('myCases.documents')} data-testid="portal-documents">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {pending.map((d) => (
          <div key={d.id} data-testid="portal-pending-delivery">
            <Typography.Text strong>{d.title}</Typography.Text>
            <div className="rx-muted">
              {d.documentNo} · {d.sentOn}
            </div>
            <Button
              type="primary"
              size="large"
              block
              style={{ marginTop: 8 }}
              loading={receive.isPending && opening === d.id}
              onClick={() => open(d.id, d.documentId)}
              data-testid="portal-receive"
            >
              {t('myCases.receive')}
            </Button>
          </div>
        ))}
        {kase.documents.map((doc) => {
          const delivered = kase.deliveries.find((d) => d.documentId === doc.id && d.status === 'delivered');
          return (
            <Space key={doc.id} wrap size={6} data-testid="portal-document">
              <a href={caseApi.documentUrl(doc.id)} download>
                <FileWordOutlined /> {doc.title}
              </a>
              <span className="rx-muted">{doc.documentNo}</span>
              {delivered && (
                <Tag color="green" icon={<CheckCircleOutlined />}>
                  {t('myCases.received')} {delivered.deliveredOn}
                </Tag>
              )}
            </Space>
          );
        })}
      </Space>
    </Card>
  );
}

/** 当事人选择 (常政办发〔2025〕5号 第六项): accept, or decline and go to the ordinary procedure. */
export function ChoiceCard({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const choose = useCaseAction(kase.id, (choice: 'accept' | 'decline') => caseApi.recordChoice(kase.id, { choice }));
  if (!kase.actions.includes('record_choice')) {
    return null;
  }
  // The party chooses with the 告知书 in front of it: opened (and so received) first, as the server requires.
  const noticeIds = new Set(kase.documents.filter((d) => d.docType === 'choice_notice').map((d) => d.id));
  const unopened = kase.deliveries.some((d) => d.method === 'electronic' && d.status === 'pending' && noticeIds.has(d.documentId));
  return (
    <Card title={t('myCases.choiceTitle')} data-testid="portal-choice" styles={{ header: { background: '#e6f4ff' } }}>
      <Typography.Paragraph>{t('myCases.choiceHelp', { deadline: kase.notice?.choiceDeadline ?? '' })}</Typography.Paragraph>
      {kase.notice && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={t('case.noticeOffered')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{kase.notice.offered}</span>}
          data-testid="portal-notice-offered"
        />
      )}
      {unopened && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('myCases.openNoticeFirst')} data-testid="portal-open-first" />
      )}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Button
          type="primary"
          size="large"
          block
          disabled={unopened}
          loading={choose.isPending}
          onClick={() => choose.mutate('accept')}
          data-testid="portal-accept"
        >
          {t('myCases.accept')}
        </Button>
        <Popconfirm title={t('myCases.declineConfirm')} onConfirm={() => choose.mutate('decline')}>
          <Button size="large" block danger disabled={unopened} data-testid="portal-decline">
            {t('myCases.decline')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/** 签署告知承诺书: the commitment awaiting the party's signature. */
export function CommitmentCard({ kase, measure }: { kase: CaseDetail; measure: MeasureView }) {
  const { t } = useTranslation();
  const [agreed, setAgreed] = useState(false);
  const sign = useCaseAction(kase.id, () => portalApi.signCommitment(kase.id), { success: t('myCases.signed') });
  const c = measure.commitment;
  if (!c) {
    return null;
  }
  return (
    <Card title={t('myCases.commitmentTitle')} data-testid="portal-commitment" styles={{ header: { background: '#fff7e6' } }}>
      <Typography.Paragraph>{t('myCases.commitmentHelp', { deadline: c.deadline })}</Typography.Paragraph>
      <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap' }}>
        {measure.content}
      </Typography.Paragraph>
      {measure.documentId && (
        <Typography.Paragraph>
          <a href={caseApi.documentUrl(measure.documentId)} download>
            <FileWordOutlined /> {t('myCases.download')}
          </a>
        </Typography.Paragraph>
      )}
      <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)} data-testid="portal-commitment-agree">
        {t('myCases.commitmentAgree')}
      </Checkbox>
      <Button
        type="primary"
        size="large"
        block
        style={{ marginTop: 12 }}
        disabled={!agreed}
        loading={sign.isPending}
        onClick={() => sign.mutate(undefined)}
        data-testid="portal-sign"
      >
        {t('myCases.sign')}
      </Button>
    </Card>
  );
}

/** What the department did, with the commitment's deadline and signature. */
export function MeasuresCard({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  if (kase.measures.length === 0) {
    return null;
  }
  return (
    <Card title={t('myCases.measuresTitle')} data-testid="portal-measures">
      <div className="rx-rows">
        {kase.measures.map((m) => (
          <div key={m.id}>
            <Space wrap size={6}>
              <Typography.Text strong>{t(`case.measureTypes.${m.type}`)}</Typography.Text>
              <span className="rx-muted">{m.on}</span>
              {m.commitment?.partySignedAt && <Tag color="green">{t('myCases.signed')}</Tag>}
              {m.commitment && <Tag>{t('case.measures.deadline', { date: m.commitment.deadline })}</Tag>}
              {m.commitment?.fulfilledOn && <Tag color="green">{t('case.measures.fulfilled', { date: m.commitment.fulfilledOn })}</Tag>}
            </Space>
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{m.content}</Typography.Paragraph>
          </div>
        ))}
      </div>
    </Card>
  );
}

/** 回访: the questions to answer, and the answers given. */
export function FollowUpCards({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {kase.followUps.map((v) => (
        <Card key={v.id} title={t('myCases.followUpTitle')} data-testid="portal-follow-up">
          <div className="rx-muted" style={{ marginBottom: 8 }}>
            {t(`case.measureTypes.${v.measureType}`)} · {t('case.followUps.dueOn')} {v.dueOn}
          </div>
          {v.visitedOn ? (
            <Alert type="success" showIcon title={followUpResult(v, t)} />
          ) : (
            <>
              <Typography.Paragraph>{t('myCases.followUpHelp')}</Typography.Paragraph>
              <FollowUpForm visit={v} party />
            </>
          )}
        </Card>
      ))}
    </>
  );
}
