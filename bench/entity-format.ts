/**
 * Synthetic entities as rows of the registry's exchange format (the header of the import template,
 * packages/server/src/imports/entity-import-format.ts), for benchmarks and large-file tests, and the
 * deliberate mistakes that import tests feed it.
 */
import type { SyntheticEntity } from '@rouxing/domain';
import { ENTITY_IMPORT_COLUMNS } from '@rouxing/server';

/** The header row: 统一社会信用代码,名称,主体类型,法定代表人,法定代表人身份证号,联系电话,行业代码,住所,行政区划代码,成立日期,新业态. */
export const IMPORT_HEADER = ENTITY_IMPORT_COLUMNS.map((c) => c.header);

/** 主体类型 as the file writes it. */
export const ENTITY_TYPE_LABEL = { enterprise: '企业', individual_business: '个体工商户', organization: '其他组织' } as const;

/** Position of each field in a row, from the shared column list. */
const AT = Object.fromEntries(ENTITY_IMPORT_COLUMNS.map((c, i) => [c.field, i])) as Record<
  (typeof ENTITY_IMPORT_COLUMNS)[number]['field'],
  number
>;

/** One entity as the cells of an import row, in header order. */
export function entityCells(e: SyntheticEntity): string[] {
  const cells: string[] = new Array(IMPORT_HEADER.length).fill('');
  cells[AT.uscc] = e.uscc;
  cells[AT.name] = e.name;
  cells[AT.entityType] = ENTITY_TYPE_LABEL[e.entityType];
  cells[AT.legalRepresentative] = e.legalRepresentative;
  cells[AT.legalRepresentativeIdNo] = e.legalRepresentativeIdNo ?? '';
  cells[AT.contactPhone] = e.contactPhone ?? '';
  cells[AT.industryCode] = e.industryCode;
  cells[AT.address] = e.address;
  cells[AT.regionCode] = e.regionCode;
  cells[AT.establishedOn] = e.establishedOn ?? '';
  cells[AT.newBusinessForm] = e.newBusinessForm ? '是' : '否';
  return cells;
}

/**
 * Ways a row can be wrong, each caught by a different rule of the import (EntityInputSchema,
 * checkUscc or the industry table), and the column it spoils.
 */
export const BAD_ROW_KINDS = [
  'check_character',
  'empty_name',
  'industry',
  'date',
  'entity_type',
  'region_code',
  'phone',
  'id_number',
] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

/** The header of the column each kind of mistake is in. */
export const BAD_ROW_COLUMN: Record<BadRowKind, string> = {
  check_character: '统一社会信用代码',
  empty_name: '名称',
  industry: '行业代码',
  date: '成立日期',
  entity_type: '主体类型',
  region_code: '行政区划代码',
  phone: '联系电话',
  id_number: '法定代表人身份证号',
};

/** A copy of the cells with one mistake of the given kind. */
export function spoil(cells: readonly string[], kind: BadRowKind): string[] {
  const c = [...cells];
  switch (kind) {
    case 'check_character': {
      const uscc = c[AT.uscc] as string;
      c[AT.uscc] = `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}`;
      break;
    }
    case 'empty_name':
      c[AT.name] = '';
      break;
    case 'industry':
      c[AT.industryCode] = 'ZZ9';
      break;
    case 'date':
      c[AT.establishedOn] = '2023-02-30';
      break;
    case 'entity_type':
      c[AT.entityType] = '合伙';
      break;
    case 'region_code':
      c[AT.regionCode] = '43048A';
      break;
    case 'phone':
      c[AT.contactPhone] = '1380013';
      break;
    case 'id_number':
      c[AT.legalRepresentativeIdNo] = '43048219900101';
      break;
  }
  return c;
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One CSV line (RFC 4180 quoting only where needed), with its newline. */
export const csvLine = (cells: readonly string[]) => `${cells.map(quote).join(',')}\n`;
