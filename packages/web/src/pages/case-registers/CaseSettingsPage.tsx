import { Alert, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { FollowUpSettingsCard } from './FollowUpSettingsCard';
import { OffsetRuleCard } from './OffsetRuleCard';

/** 工作设置: the department's follow-up days and its 公益抵罚 rule; staff read them, reviewers change them. */
export default function CaseSettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const editable = can(me, 'case.approve');
  return (
    <>
      <PageHeader title={t('caseSettings.title')} testId="page-case-settings" />
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('caseSettings.readOnly')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <FollowUpSettingsCard editable={editable} />
        </Col>
        <Col xs={24} xl={10}>
          <OffsetRuleCard editable={editable} />
        </Col>
      </Row>
    </>
  );
}
