import type { CaseDetail } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { interviewApi, interviewKeys } from '../../api/interviews';
import { formatTime, STATE_COLOR } from './shared';

/** The interviews a case's party takes part in, with their open follow-up items (on the case page). */
export function CaseInterviewsSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: interviewKeys.list(kase.id), queryFn: () => interviewApi.list(kase.id), staleTime: 0 });
  if (!q.data || q.data.length === 0) {
    return null;
  }
  return (
    <Card title={t('interview.title')} data-testid="case-interviews">
      <List
        dataSource={q.data}
        renderItem={(i) => (
          <List.Item>
            <Link to={`/interviews/${i.id}`}>
              {formatTime(i.scheduledAt)} {t(`interview.modes.${i.mode}`)} · {i.departmentNames.join('、')}
            </Link>
            <span>
              <Tag color={STATE_COLOR[i.state]}>{t(`interview.states.${i.state}`)}</Tag>
              {i.openFollowUps > 0 && <Tag color="orange">{t('interview.openFollowUpsCount', { count: i.openFollowUps })}</Tag>}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
