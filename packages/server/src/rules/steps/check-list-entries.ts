/**
 * Entries of a list checked against the catalogue (常政办发〔2025〕5号 第1项: the list names catalogued
 * violations): each points at an existing item, numbers are unique, and a 首违不罚 entry always requires a
 * first offence (the kind says so; the engine applies it too).
 */
import type { NoPenaltyListEntryInput } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';
import { type FieldError, validationError } from '../../errors';
import { findViolationItemsByCode } from '../violation-item.repository';

export async function checkedEntries(
  db: Queryable,
  regionCode: string,
  entries: readonly NoPenaltyListEntryInput[],
  path = 'entries',
): Promise<NoPenaltyListEntryInput[]> {
  const items = await findViolationItemsByCode(db, regionCode, [...new Set(entries.map((e) => e.violationCode))]);
  const problems: FieldError[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!items.has(e.violationCode)) {
      problems.push({
        path: `${path}.${i}.violationCode`,
        message: `违法行为编码 ${e.violationCode} 不在本地区违法行为目录中，请先在目录中登记`,
      });
    }
    const dup = seen.get(e.itemCode);
    if (dup !== undefined) {
      problems.push({ path: `${path}.${i}.itemCode`, message: `清单序号 ${e.itemCode} 与第${dup + 1}项重复` });
    }
    seen.set(e.itemCode, i);
  });
  if (problems.length > 0) {
    throw validationError(problems);
  }
  return entries.map((e) => (e.kind === '首违不罚' ? { ...e, conditions: { ...e.conditions, firstOffense: true } } : e));
}
