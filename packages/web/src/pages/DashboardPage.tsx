import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../app/auth';
import { PageHeader } from '../components/PageHeader';
import { dash } from '../lib/format';
import { can } from '../lib/permissions';
import { SetupChecklist } from './admin/SetupChecklist';

/** 工作台: who is signed in, in which role and scope, and where to go next. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const shortcuts = [
    { to: '/entities', key: 'menu.entities', ok: can(me, 'entity.read') },
    { to: '/entities/import', key: 'menu.entityImport', ok: can(me, 'entity.import') },
    { to: '/admin/users', key: 'menu.users', ok: can(me, 'user.manage') },
    { to: '/security/roles', key: 'menu.roles', ok: can(me, 'security.read') },
    { to: '/audit-log', key: 'menu.auditLog', ok: can(me, 'audit.read') },
  ].filter((s) => s.ok);
  return (
    <>
      <PageHeader title={t('dashboard.title')} testId="page-dashboard" />
      {can(me, 'user.manage') && (
        <Card title={t('setup.menu.firstRun')} style={{ marginBottom: 16 }}>
          <SetupChecklist onlyWhenMissing />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('dashboard.welcome', { name: me.displayName })}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('profile.roles')}>
                {me.roles.map((r) => (
                  <Tag color="blue" key={r}>
                    {t(`role.${r}`)}
                  </Tag>
                ))}
                {me.demo && <Tag color="orange">{t('common.demoAccount')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.department')}>{dash(me.departmentName)}</Descriptions.Item>
              <Descriptions.Item label={t('profile.region')}>{`${me.regionName}（${me.regionCode}）`}</Descriptions.Item>
              {me.certificateNo && <Descriptions.Item label={t('profile.certificateNo')}>{me.certificateNo}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('dashboard.shortcuts')}>
            {shortcuts.length === 0 ? (
              <Typography.Text type="secondary">{t('dashboard.noShortcuts')}</Typography.Text>
            ) : (
              shortcuts.map((s) => (
                <p key={s.to}>
                  <Link to={s.to}>{t(s.key)}</Link>
                </p>
              ))
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
