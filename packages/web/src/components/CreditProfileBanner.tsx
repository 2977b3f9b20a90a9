import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { creditSupervisionApi, creditSupervisionKeys } from '../api/credit-supervision';
import { useCurrentUser } from '../app/auth';
import { can } from '../lib/permissions';

/**
 * An entity's credit grade, risk level and matrix cell, and the warning of 联合惩戒 (常政办发〔2025〕5号 第十三项) naming
 * each serious record in publicity — shown to every department that opens a plan, case or self-inspection of it.
 */
export function CreditProfileBanner({ entityId, showCell = false, gap = 0 }: { entityId: string; showCell?: boolean; gap?: number }) {
  const { t } = useTranslation();
  // Staff only: an enterprise account opening its own plan sees its records in 我的信用.
  const staff = can(useCurrentUser(), 'entity.read');
  const q = useQuery({
    queryKey: creditSupervisionKeys.profile(entityId),
    queryFn: () => creditSupervisionApi.profile(entityId),
    enabled: staff,
  });
  const p = q.data;
  if (!p || (!showCell && p.seriousRecords.length === 0)) {
    return null;
  }
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: gap }}>
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
