import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <div className="rx-page-title">
      <Typography.Title level={4} data-testid={testId ?? 'page-title'}>
        {title}
      </Typography.Title>
      {extra && <div>{extra}</div>}
    </div>
  );
}
