import type { CaseDetail } from '@rouxing/contracts';
import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { eventLabel } from '../shared';

/** 全过程记录: the case's hash-chained events — what, who, when, from which state to which. */
export function EventTimeline({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const state = (s: string | null) => (s ? t(`case.states.${s}`, { defaultValue: s }) : '—');
  return (
    <Card title={t('case.events.title')} data-testid="case-events">
      {kase.events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.events.empty')} />
      ) : (
        <Timeline
          items={kase.events.map((e) => ({
            key: e.seq,
            content: (
              <div data-testid="event-row">
                <Typography.Text strong>{eventLabel(t, e.type)}</Typography.Text>
                <span className="rx-muted">
                  {' '}
                  · {e.actorName} · {formatDateTime(e.occurredAt)}
                </span>
                {e.fromState !== e.toState && (
                  <div className="rx-muted">
                    {state(e.fromState)} → {state(e.toState)}
                  </div>
                )}
                <div className="rx-hash" title={e.hash}>
                  {t('case.events.hash')} {e.hash.slice(0, 16)}…
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
