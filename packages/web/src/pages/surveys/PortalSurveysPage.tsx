import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { surveyApi, surveyKeys } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { SurveyAnswerForm } from './SurveyAnswerForm';

/** 问卷调查 on the enterprise portal: one answer per enterprise; an answered survey says so. */
export default function PortalSurveysPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: surveyKeys.portal, queryFn: surveyApi.portalList, staleTime: 0 });
  const rows = q.data ?? [];
  return (
    <>
      <PageHeader title={t('survey.portalTitle')} testId="page-portal-surveys" />
      {q.isLoading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('survey.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {rows.map((s) => (
            <Card
              key={s.id}
              title={s.title}
              data-testid="portal-survey"
              extra={s.answered && <Tag color="green">{t('survey.answered')}</Tag>}
            >
              {s.answered ? (
                <span data-testid="survey-answered">{t('survey.answeredOnce')}</span>
              ) : (
                <SurveyAnswerForm
                  survey={s}
                  submit={(a) => surveyApi.portalAnswer(s.id, a)}
                  onDone={() => qc.invalidateQueries({ queryKey: surveyKeys.portal })}
                />
              )}
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}
