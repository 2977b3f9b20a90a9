import type { Entity } from '@rouxing/contracts';
import type { DescriptionsProps } from 'antd';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../api/endpoints';
import { dash, formatDate, formatDateTime } from '../lib/format';
import { CreditGradeTag, EntityTags } from './EntityTags';

/** The registry record of a 市场主体; personal data masked unless `personal` holds the unmasked values. */
export function EntityDescriptions({
  entity,
  personal,
  column,
}: {
  entity: Entity;
  personal?: PersonalData | null;
  column?: DescriptionsProps['column'];
}) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('entity.field.name'), children: <span data-testid="entity-name">{entity.name}</span>, span: 2 },
    {
      key: 'uscc',
      label: t('entity.field.uscc'),
      children: (
        <span className="rx-mono" data-testid="entity-uscc">
          {entity.uscc}
        </span>
      ),
    },
    { key: 'entityType', label: t('entity.field.entityType'), children: t(`entityType.${entity.entityType}`) },
    { key: 'legalRepresentative', label: t('entity.field.legalRepresentative'), children: entity.legalRepresentative },
    {
      key: 'idNo',
      label: t('entity.field.legalRepresentativeIdNo'),
      children: (
        <span className="rx-mono" data-testid="entity-id-no">
          {dash(personal ? personal.legalRepresentativeIdNo : entity.legalRepresentativeIdNo)}
        </span>
      ),
    },
    {
      key: 'phone',
      label: t('entity.field.contactPhone'),
      children: (
        <span className="rx-mono" data-testid="entity-phone">
          {dash(personal ? personal.contactPhone : entity.contactPhone)}
        </span>
      ),
    },
    { key: 'industry', label: t('entity.field.industry'), children: `${entity.industryName}（${entity.industryCode}）` },
    { key: 'region', label: t('entity.field.region'), children: `${entity.regionName}（${entity.regionCode}）` },
    { key: 'established', label: t('entity.field.establishedOn'), children: formatDate(entity.establishedOn) },
    { key: 'address', label: t('entity.field.address'), children: entity.address, span: 2 },
    { key: 'creditGrade', label: t('entity.field.creditGrade'), children: <CreditGradeTag grade={entity.creditGrade} /> },
    { key: 'riskLevel', label: t('entity.field.riskLevel'), children: entity.riskLevel ? t(`riskLevel.${entity.riskLevel}`) : '—' },
    { key: 'status', label: t('entity.field.status'), children: t(`entity.status.${entity.status}`) },
    { key: 'tags', label: t('entity.field.tags'), children: <EntityTags entity={entity} /> },
    { key: 'updatedAt', label: t('entity.field.updatedAt'), children: formatDateTime(entity.updatedAt) },
    { key: 'createdAt', label: t('entity.field.createdAt'), children: formatDateTime(entity.createdAt) },
  ];
  return (
    <Descriptions
      bordered
      size="middle"
      column={column ?? { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
      items={items}
      data-testid="entity-descriptions"
    />
  );
}
