import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { PlatformMark } from '../app/PlatformMark';

/**
 * The frame of every page shown without login (清单公示, 信用信息公示, 投诉举报, 问卷, 双随机结果, …):
 * the platform's mark, the page's title as the one h1, the language switch, and the page in `main`.
 */
export function PublicPage({
  title,
  children,
  maxWidth,
  fullMark = false,
}: {
  title: ReactNode;
  children: ReactNode;
  /** A narrower column for forms and single records. */
  maxWidth?: number;
  /** The mark with the platform's subtitle (the lists' landing page). */
  fullMark?: boolean;
}) {
  const style: CSSProperties | undefined = maxWidth ? { maxWidth } : undefined;
  return (
    <div className="rx-public">
      <header className="rx-public-header">
        <PlatformMark compact={!fullMark} />
        <Typography.Title level={1} className="rx-public-title">
          {title}
        </Typography.Title>
        <LanguageSwitch dark />
      </header>
      <main className="rx-public-main" style={style}>
        {children}
      </main>
    </div>
  );
}
