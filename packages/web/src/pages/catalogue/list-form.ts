import type { NoPenaltyListDetail, NoPenaltyListEntryInput, NoPenaltyListInput } from '@rouxing/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, isApiError } from '../../api/client';

/** An entry as the form holds it: the conditions' own wording as one text, a line each. */
export type EntryValues = Omit<NoPenaltyListEntryInput, 'conditionsText'> & { conditionsText: string };
export type ListValues = {
  title: string;
  level: string;
  issuer: string;
  domain: string;
  documentNo: string;
  effective: [Dayjs, Dayjs | null];
  entries: EntryValues[];
};

/** The form of a draft being edited, or of a new list of the user's department (county level, in force from today). */
export function initialListValues(list: NoPenaltyListDetail | null, departmentName: string | null): Partial<ListValues> {
  return list
    ? {
        ...list,
        effective: [dayjs(list.effectiveFrom), list.effectiveTo ? dayjs(list.effectiveTo) : null],
        entries: list.entries.map((e) => ({ ...e, conditionsText: e.conditionsText.join('\n') })),
      }
    : { level: 'county', issuer: departmentName ?? '', effective: [dayjs(), null], entries: [] };
}

/**
 * The list as the server takes it: entries numbered in order where the drafter left the number out, the
 * conditions' wording a line each (blank lines dropped), the source kept from the version being edited.
 */
export function toListBody(v: ListValues, list: NoPenaltyListDetail | null, departmentId: string | null): NoPenaltyListInput {
  return {
    title: v.title,
    level: v.level as NoPenaltyListDetail['level'],
    issuer: v.issuer,
    domain: v.domain,
    documentNo: v.documentNo ?? '',
    source: list?.source ?? '',
    sourceUrl: list?.sourceUrl ?? '',
    departmentId: departmentId ?? '',
    effectiveFrom: v.effective[0].format('YYYY-MM-DD'),
    effectiveTo: v.effective[1] ? v.effective[1].format('YYYY-MM-DD') : null,
    entries: (v.entries ?? []).map((e, i) => ({
      ...e,
      itemCode: e.itemCode || String(i + 1),
      conditions: {
        firstOffense: !!e.conditions?.firstOffense,
        firstOffenseScope: e.conditions?.firstOffenseScope ?? 'authority',
        maxHarm: e.conditions?.maxHarm ?? null,
        correctedInTime: !!e.conditions?.correctedInTime,
        correctionDays: e.conditions?.correctionDays ?? null,
      },
      conditionsText: (e.conditionsText ?? '')
        .split(/\n/)
        .map((s) => s.trim())
        .filter(Boolean),
      legalBasisText: e.legalBasisText ?? '',
      normalPenaltyText: e.normalPenaltyText ?? '',
      notes: e.notes ?? '',
    })),
  };
}

const ENTRY_FIELDS = ['itemCode', 'violationCode', 'kind', 'itemText', 'conditionsText', 'legalBasisText', 'normalPenaltyText', 'notes'];
const CONDITION_FIELDS = ['firstOffense', 'firstOffenseScope', 'maxHarm', 'correctedInTime', 'correctionDays'];

/** The form's field paths the server may name: the list's own, and each entry's (entries.3.violationCode). */
export function listFieldPaths(entryCount: number): string[] {
  const paths = ['title', 'level', 'issuer', 'domain', 'documentNo', 'effective'];
  for (let i = 0; i < entryCount; i++) {
    paths.push(...ENTRY_FIELDS.map((f) => `entries.${i}.${f}`), ...CONDITION_FIELDS.map((f) => `entries.${i}.conditions.${f}`));
  }
  return paths;
}

/** The server checks effectiveFrom/effectiveTo; the form has one range field. Entries' text lines (conditionsText.2) go on the text area. */
export function onListFormFields(e: unknown): unknown {
  if (!isApiError(e)) {
    return e;
  }
  const fields = e.fields.map((f) => ({
    ...f,
    path: f.path.replace(/^effective(From|To)$/, 'effective').replace(/^(entries\.\d+\.conditionsText)\.\d+$/, '$1'),
  }));
  return new ApiError(e.status, e.code, e.message, fields);
}
