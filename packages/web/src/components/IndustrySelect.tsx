import type { Industry } from '@rouxing/contracts';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustries } from '../api/hooks';

type TreeNode = { value: string; title: string; selectable?: boolean; children?: TreeNode[] };

/** GB/T 4754 as a tree: sections (A–T, parent null) → divisions (H62, parent 'H') → deeper levels if sent. */
export function industryTree(industries: readonly Industry[], sectionsSelectable: boolean): TreeNode[] {
  const byParent = new Map<string | null, Industry[]>();
  for (const i of industries) {
    const list = byParent.get(i.parent) ?? [];
    list.push(i);
    byParent.set(i.parent, list);
  }
  const build = (parent: string | null, depth: number): TreeNode[] =>
    (byParent.get(parent) ?? [])
      .slice()
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((i) => {
        const children = build(i.code, depth + 1);
        return {
          value: i.code,
          title: `${i.code} ${i.name}`,
          selectable: depth > 0 || sectionsSelectable,
          children: children.length > 0 ? children : undefined,
        };
      });
  return build(null, 0);
}

type Props = {
  value?: string;
  onChange?: (v: string | undefined) => void;
  /** Filters may pick a whole section; an entity needs at least a division. */
  sectionsSelectable?: boolean;
  placeholder?: string;
  id?: string;
  testId?: string;
  style?: React.CSSProperties;
};

export function IndustrySelect({ value, onChange, sectionsSelectable = false, placeholder, id, testId, style }: Props) {
  const { t } = useTranslation();
  const { data, isLoading } = useIndustries();
  const tree = useMemo(() => industryTree(data ?? [], sectionsSelectable), [data, sectionsSelectable]);
  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={tree}
      loading={isLoading}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={placeholder ?? t('entity.placeholder.industry')}
      popupMatchSelectWidth={false}
      listHeight={360}
      style={style ?? { width: '100%' }}
    />
  );
}
