import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Skeleton, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseKeys, portalApi } from '../../api/cases';
import { registerApi, registerKeys } from '../../api/registers';
import { showError, showSuccess } from '../../app/feedback';

/**
 * 电子送达确认书 (常政办发〔2025〕5号 第七项; cf. 行政处罚法 第六十一条): the party consents to, or withdraws, electronic
 * delivery; the server says which it is (`GET /portal/delivery-consent`).
 */
export function ConsentCard() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: registerKeys.consent, queryFn: registerApi.consent, staleTime: 0 });
  const set = useMutation({
    mutationFn: portalApi.setConsent,
    onSuccess: (r) => {
      qc.setQueryData(registerKeys.consent, r);
      qc.invalidateQueries({ queryKey: caseKeys.all });
      showSuccess(t('myCases.consentSaved'));
    },
    onError: (e) => showError(e),
  });
  const value = q.data?.consent ?? false;
  return (
    <Card title={t('myCases.consentTitle')} data-testid="consent-card">
      <Typography.Paragraph>{t('myCases.consentText')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active paragraph={false} />
      ) : (
        <Space wrap>
          <Switch
            checked={value}
            loading={set.isPending}
            onChange={(v) => set.mutate(v)}
            aria-label={t('myCases.consentSwitch')}
            data-testid="consent-switch"
          />
          <Typography.Text data-testid="consent-state">{value ? t('myCases.consentOn') : t('myCases.consentOff')}</Typography.Text>
        </Space>
      )}
    </Card>
  );
}
