import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { entityApi } from '../api/endpoints';

type Props = {
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
};

/** A 市场主体 of the registry, searched by name or 统一社会信用代码 as one types (the server searches). */
export function EntitySearchSelect({ value, onChange, placeholder, id, testId }: Props) {
  const [search, setSearch] = useState('');
  const entities = useQuery({
    queryKey: ['entity-search', search],
    queryFn: () => entityApi.list({ q: search, page: 1, pageSize: 20 }),
    enabled: search.trim().length > 0,
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder}
      loading={entities.isFetching}
      data-testid={testId}
      options={(entities.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
    />
  );
}
