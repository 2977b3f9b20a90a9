import { RULE_STATUSES, type RuleStatus } from '@rouxing/contracts';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/hooks';

/** A search box of the filter bar; an emptied box clears its filter. */
export function SearchFilter({
  placeholder,
  width,
  onSearch,
  testId,
}: {
  placeholder: string;
  width: number;
  onSearch: (value: string | undefined) => void;
  testId: string;
}) {
  return (
    <Input.Search allowClear placeholder={placeholder} style={{ width }} onSearch={(v) => onSearch(v || undefined)} data-testid={testId} />
  );
}

/** The issuing department (every department of the region). */
export function DepartmentFilter({
  value,
  onChange,
  testId,
}: {
  value: string | undefined;
  onChange: (departmentId: string | undefined) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const departments = useDepartments();
  return (
    <Select
      allowClear
      placeholder={t('rules.department')}
      style={{ width: 240 }}
      value={value}
      onChange={onChange}
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      data-testid={testId}
    />
  );
}

/** The review status of a list or benchmark version. */
export function StatusFilter({
  value,
  onChange,
  testId,
}: {
  value: RuleStatus | undefined;
  onChange: (status: RuleStatus | undefined) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      allowClear
      placeholder={t('rules.statusTitle')}
      style={{ width: 140 }}
      value={value}
      onChange={onChange}
      options={RULE_STATUSES.map((s) => ({ value: s, label: t(`rules.status.${s}`) }))}
      data-testid={testId}
    />
  );
}
