/**
 * The archive checklist (归档, 常政办发〔2025〕5号 第九项): what a case file must hold before the case is frozen.
 * 常政办发〔2025〕5号 第九项: 柔性执法实施完毕或者终止后，应当及时做好收集整理、案卷归档工作，柔性执法案卷归档
 * 材料主要包括相关文书、音视频(含照片、视听资料、电子数据)记录、有关证据等材料.
 *
 * The case's own materials (application, 告知书, choice, withdrawal, termination) come from what happened
 * on the case; each measure's from its type (`MEASURE_TYPE_SPECS`).
 */
import type { CaseArchiveItem, CaseOrigin } from '@rouxing/contracts';
import { DOCUMENT_TYPES } from './document-number';
import { MEASURE_TYPE_SPECS, measureArchiveItems, measureDocument, type RecordedMeasure } from './measures';
import { ARCHIVE_ITEM_LABELS, type ArchiveItem } from './types';

/** A material filed in the case: an item, for one measure or (measureId null) for the case. */
export interface ArchiveMaterial {
  item: ArchiveItem;
  measureId: string | null;
}

/** What happened on the case that decides its own materials (a `CaseSnapshot` fits). */
export interface ArchiveCaseFacts {
  origin: CaseOrigin;
  /** The served 告知书, if it was served. */
  notice: object | null;
  applicationWithdrawnOn: string | null;
  termination: object | null;
}

export interface ArchiveProblem {
  item: ArchiveItem;
  measureId: string | null;
  /** What is missing, in Chinese. */
  message: string;
}

/** The case's own materials, in filing order. */
function caseItems(facts: ArchiveCaseFacts): CaseArchiveItem[] {
  const items: CaseArchiveItem[] = [];
  if (facts.origin === 'on_application') {
    items.push('application');
  }
  // 常政办发〔2025〕5号 第六项: 实施柔性执法应当告知行政相对人有自主选择的权利 — the notice, its service and the answer.
  if (facts.notice !== null) {
    items.push('choice_notice', 'choice_notice_delivery', 'choice_record');
  }
  if (facts.applicationWithdrawnOn !== null) {
    items.push('withdrawal');
  }
  // 常政办发〔2025〕5号 第八项: termination needs reviewer approval and produces a 终止通知书.
  if (facts.termination !== null) {
    items.push('termination_approval', 'termination_notice', 'termination_notice_delivery');
  }
  return items;
}

/** Every material the case file needs: the case's own (when `facts` is given), then each measure's. */
export function requiredArchiveMaterials(measures: readonly RecordedMeasure[], facts?: ArchiveCaseFacts): ArchiveMaterial[] {
  const required: ArchiveMaterial[] = facts ? caseItems(facts).map((item) => ({ item, measureId: null })) : [];
  for (const m of measures) {
    for (const item of measureArchiveItems(m)) {
      required.push({ item, measureId: m.id });
    }
  }
  return required;
}

function message(required: ArchiveMaterial, measures: readonly RecordedMeasure[]): string {
  const measure = required.measureId === null ? undefined : measures.find((m) => m.id === required.measureId);
  if (!measure) {
    return `缺少${ARCHIVE_ITEM_LABELS[required.item]}`;
  }
  const doc = measureDocument(measure);
  const title = doc ? DOCUMENT_TYPES[doc].title : ARCHIVE_ITEM_LABELS.document;
  const what =
    required.item === 'document' ? title : required.item === 'delivery_proof' ? `${title}的送达回证` : ARCHIVE_ITEM_LABELS[required.item];
  return `${MEASURE_TYPE_SPECS[measure.type].label}（${measure.id}）缺少${what}`;
}

/**
 * What the case file still lacks, one problem per missing material with a Chinese message naming it and
 * its measure; the checklist is complete when the list is empty. Materials beyond the list are allowed.
 */
export function archiveChecklistProblems(
  measures: readonly RecordedMeasure[],
  materials: readonly ArchiveMaterial[],
  facts?: ArchiveCaseFacts,
): ArchiveProblem[] {
  const filed = new Set(materials.map((m) => `${m.measureId ?? ''}\u0000${m.item}`));
  return requiredArchiveMaterials(measures, facts)
    .filter((r) => !filed.has(`${r.measureId ?? ''}\u0000${r.item}`))
    .map((r) => ({ item: r.item, measureId: r.measureId, message: message(r, measures) }));
}
