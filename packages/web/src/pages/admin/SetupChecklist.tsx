import { CheckCircleTwoTone, ExclamationCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setupApi, setupKeys } from '../../api/setup';

/** The first-run checklist: each thing officers need, done or still missing, with a link to where it is set up. */
export function SetupChecklist({ onlyWhenMissing = false }: { onlyWhenMissing?: boolean }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: setupKeys.status, queryFn: setupApi.status, staleTime: 0 });
  if (!q.data || (onlyWhenMissing && q.data.ready)) {
    return null;
  }
  const missing = q.data.checks.filter((c) => !c.done).length;
  return (
    <div data-testid="setup-checklist">
      <Alert
        type={q.data.ready ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        message={q.data.ready ? t('setup.firstRun.ready') : t('setup.firstRun.missing', { n: missing })}
        description={t('setup.firstRun.help')}
      />
      <List
        bordered
        dataSource={q.data.checks}
        renderItem={(c) => (
          <List.Item
            data-testid={`setup-check-${c.check}`}
            data-done={c.done ? 'yes' : 'no'}
            actions={
              c.done
                ? []
                : [
                    <Link key="go" to={c.link}>
                      <Button size="small" type="primary">
                        {t('setup.firstRun.go')}
                      </Button>
                    </Link>,
                  ]
            }
          >
            <List.Item.Meta
              avatar={c.done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ExclamationCircleTwoTone twoToneColor="#faad14" />}
              title={t(`setup.check.${c.check}`)}
              description={c.detail}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
