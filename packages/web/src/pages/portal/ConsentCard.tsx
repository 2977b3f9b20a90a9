import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Card, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKeys, portalApi } from '../../api/cases';
import { showError, showSuccess } from '../../app/feedback';

/**
 * 电子送达确认书 (SPEC §7; cf. 行政处罚法 第六十一条): the party consents to, or withdraws, electronic
 * delivery. `consent` is what the server last said (null: not known, as no case shows it yet).
 */
export function ConsentCard({ consent }: { consent: boolean | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [saved, setSaved] = useState<boolean | null>(null);
  const value = saved ?? consent;
  const set = useMutation({
    mutationFn: portalApi.setConsent,
    onSuccess: (r) => {
      setSaved(r.consent);
      qc.invalidateQueries({ queryKey: caseKeys.all });
      showSuccess(t('myCases.consentSaved'));
    },
    onError: (e) => showError(e),
  });
  return (
    <Card title={t('myCases.consentTitle')} data-testid="consent-card">
      <Typography.Paragraph>{t('myCases.consentText')}</Typography.Paragraph>
      <Space wrap>
        <Switch
          checked={value === true}
          loading={set.isPending}
          onChange={(v) => set.mutate(v)}
          aria-label={t('myCases.consentSwitch')}
          data-testid="consent-switch"
        />
        <Typography.Text data-testid="consent-state">
          {value === null ? t('myCases.consentUnknown') : value ? t('myCases.consentOn') : t('myCases.consentOff')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
