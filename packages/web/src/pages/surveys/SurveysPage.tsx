import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Survey, surveyApi, surveyKeys } from '../../api/surveys';
import { showError } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { SurveyBuilderForm } from './SurveyBuilderForm';
import { SurveyResultsDrawer } from './SurveyResultsDrawer';

const STATE_COLOR: Record<string, string> = { draft: 'default', published: 'green', closed: 'orange' };

/** 问卷调查 (the Judicial Bureau): the surveys, the builder, publishing and closing, the results. */
export default function SurveysPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [building, setBuilding] = useState(false);
  const [results, setResults] = useState<Survey | null>(null);
  const q = useQuery({ queryKey: surveyKeys.all, queryFn: surveyApi.list, staleTime: 0 });
  const step = useMutation({
    mutationFn: (v: { id: string; step: 'publish' | 'close' }) => (v.step === 'publish' ? surveyApi.publish(v.id) : surveyApi.close(v.id)),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
    onError: (e) => showError(e),
  });
  return (
    <>
      <PageHeader
        title={t('survey.title')}
        testId="page-surveys"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBuilding(true)} data-testid="survey-new">
            {t('survey.new')}
          </Button>
        }
      />
      <Card>
        <Table<Survey>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('survey.none') }}
          columns={[
            { title: t('survey.titleField'), dataIndex: 'title' },
            {
              title: t('survey.portals'),
              render: (_, s) =>
                [s.onPublicPortal && t('survey.onPublicPortal'), s.onEnterprisePortal && t('survey.onEnterprisePortal')]
                  .filter(Boolean)
                  .join('、'),
            },
            {
              title: t('survey.state'),
              dataIndex: 'state',
              width: 100,
              render: (s: string) => (
                <Tag color={STATE_COLOR[s]} data-testid="survey-state">
                  {t(`survey.states.${s}`)}
                </Tag>
              ),
            },
            { title: t('survey.responses'), dataIndex: 'responses', width: 90 },
            {
              title: t('common.actions'),
              width: 220,
              render: (_, s) => (
                <Space size={4} wrap>
                  {s.state === 'draft' && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => step.mutate({ id: s.id, step: 'publish' })}
                      data-testid="survey-publish"
                    >
                      {t('survey.publish')}
                    </Button>
                  )}
                  {s.state === 'published' && (
                    <Button size="small" onClick={() => step.mutate({ id: s.id, step: 'close' })} data-testid="survey-close">
                      {t('survey.close')}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => setResults(s)} data-testid="survey-results-open">
                    {t('survey.results')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={building} onCancel={() => setBuilding(false)} footer={null} destroyOnHidden title={t('survey.new')} width={720}>
        <SurveyBuilderForm onDone={() => setBuilding(false)} />
      </Modal>
      {results && <SurveyResultsDrawer survey={results} onClose={() => setResults(null)} />}
    </>
  );
}
