import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { workbenchApi, workbenchKeys } from '../api/workbench';
import { useCurrentUser } from '../app/auth';
import { PageHeader } from '../components/PageHeader';
import { dash } from '../lib/format';
import { can } from '../lib/permissions';
import { SetupChecklist } from './admin/SetupChecklist';

/**
 * The role's figures (issue 14 item 2): each is the total of a list, computed by the server with the list's own
 * query and filter, and links to that list.
 */
function WorkbenchCounts() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: workbenchKeys.counts, queryFn: workbenchApi.counts, staleTime: 0 });
  const counts = q.data?.counts ?? [];
  if (!q.isLoading && counts.length === 0) {
    return null;
  }
  return (
    <Card title={t('dashboard.countsTitle')} style={{ marginBottom: 16 }} data-testid="dashboard-counts">
      {q.isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 16]}>
          {counts.map((c) => (
            <Col key={c.key} xs={12} md={8} xl={4}>
              <Link to={c.path} data-testid={`dash-count-${c.key}`} className="rx-dash-count">
                <Statistic title={t(`dashboard.counts.${c.key}`)} value={c.count} />
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

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
      <WorkbenchCounts />
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
