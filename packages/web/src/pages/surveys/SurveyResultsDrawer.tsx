import { useQuery } from '@tanstack/react-query';
import { Card, Drawer, List, Progress, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Survey, surveyApi, surveyKeys } from '../../api/surveys';

/** 问卷结果: a bar per option (antd Progress, ECharts is not a dependency), the mean rating, the texts; .xlsx export. */
export function SurveyResultsDrawer({ survey, onClose }: { survey: Survey; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: surveyKeys.results(survey.id), queryFn: () => surveyApi.results(survey.id), staleTime: 0 });
  const r = q.data;
  return (
    <Drawer open onClose={onClose} title={survey.title} size="large" destroyOnHidden>
      {!r ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="survey-results">
          <Space wrap>
            <Typography.Text data-testid="survey-results-total">
              {t('survey.totals', { total: r.responses, public: r.publicResponses, enterprise: r.enterpriseResponses })}
            </Typography.Text>
            <a href={surveyApi.resultsXlsxUrl(survey.id)} download data-testid="survey-export">
              {t('survey.export')}
            </a>
          </Space>
          {r.questions.map((qr, i) => {
            const max = Math.max(1, r.responses);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a question's position is its identity (answers refer to it)
              <Card key={`${i}-${qr.title}`} size="small" title={`${i + 1}. ${qr.title}`} data-testid="survey-result-question">
                {qr.mean !== null && <Typography.Paragraph>{t('survey.mean', { mean: qr.mean })}</Typography.Paragraph>}
                {qr.counts.map((c) => (
                  <div key={c.label} data-testid="survey-result-bar">
                    <Typography.Text>
                      {c.label}：{c.count}
                    </Typography.Text>
                    <Progress percent={Math.round((c.count / max) * 100)} size="small" aria-label={`${c.label} ${c.count}`} />
                  </div>
                ))}
                {qr.kind === 'text' && (
                  <List
                    size="small"
                    dataSource={qr.texts}
                    locale={{ emptyText: t('survey.noTexts') }}
                    renderItem={(x) => <List.Item>{x}</List.Item>}
                  />
                )}
              </Card>
            );
          })}
        </Space>
      )}
    </Drawer>
  );
}
