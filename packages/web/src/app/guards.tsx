import type { Me, Permission } from '@rouxing/contracts';
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { can } from '../lib/permissions';
import { useMe } from './auth';

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div className="rx-center">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** No session → the login page, remembering where the user wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, isError, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) {
    return <FullPageSpin />;
  }
  if (isError) {
    return (
      <Result
        status="warning"
        title={t('error.network')}
        extra={
          <Button type="primary" onClick={() => refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!me) {
    const back = location.pathname + location.search;
    return <Navigate to={back === '/' ? '/login' : `/login?redirect=${encodeURIComponent(back)}`} replace />;
  }
  // An expired password is changed before anything else (the server refuses everything else meanwhile).
  if (me.passwordExpired && location.pathname !== '/profile') {
    return <Navigate to="/profile" replace />;
  }
  return <>{children}</>;
}

/** A page for which the user lacks the permission says so (the server would refuse anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return <RequireAccess allowed={(me) => can(me, permission)}>{children}</RequireAccess>;
}

/** As RequirePermission, for access that is more than one permission (the rule as a function of the user). */
export function RequireAccess({ allowed, children }: { allowed: (me: Me | null | undefined) => boolean; children: ReactNode }) {
  const { data: me } = useMe();
  const { t } = useTranslation();
  if (!allowed(me)) {
    return (
      <Result
        status="403"
        title={t('error.forbiddenTitle')}
        subTitle={t('error.forbiddenPage')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}
