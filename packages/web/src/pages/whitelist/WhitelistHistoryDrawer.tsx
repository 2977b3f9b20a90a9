import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type WhitelistEntry, whitelistApi, whitelistKeys } from '../../api/whitelist';
import { formatDateTime } from '../../lib/format';

/** Every change of an entry: the step, from and to which state, who (and for which department), when, why. */
export function WhitelistHistoryDrawer({ row, onClose }: { row: WhitelistEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: whitelistKeys.history(row.id), queryFn: () => whitelistApi.history(row.id), staleTime: 0 });
  return (
    <Drawer
      open
      title={t('whitelist.historyTitle', { name: row.entityName })}
      onClose={onClose}
      size="large"
      data-testid="whitelist-history"
    >
      {q.data && q.data.length === 0 && <Empty />}
      <Timeline
        items={(q.data ?? []).map((h) => ({
          key: h.seq,
          children: (
            <div data-testid="whitelist-history-row">
              <Typography.Text strong>{t(`whitelist.actions.${h.action}`)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {h.fromState ? `${t(`whitelist.states.${h.fromState}`)} → ` : ''}
                {t(`whitelist.states.${h.toState}`)}
              </Typography.Text>
              <div>
                {h.actorName}
                {h.actorDepartmentName ? `（${h.actorDepartmentName}）` : ''} · {formatDateTime(h.occurredAt)}
              </div>
              <Typography.Paragraph style={{ margin: 0 }}>{h.reason}</Typography.Paragraph>
              {Object.keys(h.changes).length > 0 && (
                <Typography.Text type="secondary" code>
                  {JSON.stringify(h.changes)}
                </Typography.Text>
              )}
            </div>
          ),
        }))}
      />
    </Drawer>
  );
}
