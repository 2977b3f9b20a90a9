/**
 * Synthetic entities as rows of the registry's exchange format (the header of the import template,
 * packages/server/src/imports/entity-import-format.ts), for benchmarks and large-file tests.
 */
import type { SyntheticEntity } from '@rouxing/domain';
import { ENTITY_IMPORT_COLUMNS } from '../packages/server/src/imports/entity-import-format';

export const IMPORT_HEADER = ENTITY_IMPORT_COLUMNS.map((c) => c.header);

const TYPE_LABEL = { enterprise: '企业', individual_business: '个体工商户', organization: '其他组织' } as const;

export function entityCells(e: SyntheticEntity): string[] {
  return [
    e.uscc,
    e.name,
    TYPE_LABEL[e.entityType],
    e.legalRepresentative,
    e.legalRepresentativeIdNo ?? '',
    e.contactPhone ?? '',
    e.industryCode,
    e.address,
    e.regionCode,
    e.establishedOn ?? '',
    e.newBusinessForm ? '是' : '否',
  ];
}

/** Ways a row can be wrong, each caught by a different rule of the import. */
export const BAD_ROW_KINDS = ['check_character', 'empty_name', 'industry', 'date', 'entity_type'] as const;

export function spoil(cells: string[], kind: (typeof BAD_ROW_KINDS)[number]): string[] {
  const c = [...cells];
  switch (kind) {
    case 'check_character': {
      const last = c[0]?.slice(-1);
      c[0] = `${c[0]?.slice(0, 17)}${last === '0' ? '1' : '0'}`;
      break;
    }
    case 'empty_name':
      c[1] = '';
      break;
    case 'industry':
      c[6] = 'ZZ9';
      break;
    case 'date':
      c[9] = '2023-02-30';
      break;
    case 'entity_type':
      c[2] = '合伙';
      break;
  }
  return c;
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const csvLine = (cells: readonly string[]) => `${cells.map(quote).join(',')}\n`;
