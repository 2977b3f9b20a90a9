import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { creditSupervisionApi, creditSupervisionKeys } from '../api/credit-supervision';

/**
 * An entity's credit grade, risk level and matrix cell, and the warning of 联合惩戒 (常政办发〔2025〕5号 第十三项) naming
 * each serious record in publicity — shown to every department that opens a plan, case or self-inspection of it.
 */
export function CreditProfileBanner({ entityId, showCell = false }: { entityId: string; showCell?: boolean }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: creditSupervisionKeys.profile(entityId), queryFn: () => creditSupervisionApi.profile(entityId) });
  const p = q.data;
  if (!p) {
    return null;
  }
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {p.seriousRecords.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="serious-record-banner"
          message={t('creditProfile.seriousBanner', {
            records: p.seriousRecords.map((r) => `${r.department} ${r.documentNo}`).join('、'),
          })}
        />
      )}
      {showCell && (
        <Space wrap size={6} data-testid="credit-profile">
          <Tag>{t('creditProfile.grade', { grade: p.grade ?? t('creditProfile.ungraded') })}</Tag>
          <Tag color={p.risk === 'high' ? 'red' : p.risk === 'medium' ? 'orange' : 'green'}>
            {t('creditProfile.risk', { risk: t(`creditProfile.riskLevel.${p.risk}`) })}
          </Tag>
          <Tag color={p.cell.selfInspection ? 'green' : 'default'}>
            {p.cell.selfInspection ? t('creditProfile.selfInspectionAllowed') : t('creditProfile.selfInspectionNotAllowed')}
          </Tag>
          <span className="rx-muted">{p.riskReasons.join('；')}</span>
        </Space>
      )}
    </Space>
  );
}
