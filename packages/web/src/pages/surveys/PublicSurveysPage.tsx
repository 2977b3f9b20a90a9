import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { surveyApi, surveyKeys } from '../../api/surveys';
import { PublicPage } from '../../components/PublicPage';
import { SurveyAnswerForm } from './SurveyAnswerForm';

/** 问卷调查 on the public portal: answered anonymously, without login (phone-first). */
export default function PublicSurveysPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: surveyKeys.public, queryFn: surveyApi.publicList });
  const rows = q.data ?? [];
  return (
    <PublicPage title={t('survey.publicTitle')}>
      <Typography.Paragraph>{t('survey.publicIntro')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('survey.none')} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {rows.map((s) => (
            <Card key={s.id} title={s.title} data-testid="public-survey">
              <SurveyAnswerForm survey={s} submit={(a) => surveyApi.publicAnswer(s.id, a)} />
            </Card>
          ))}
        </Space>
      )}
    </PublicPage>
  );
}
