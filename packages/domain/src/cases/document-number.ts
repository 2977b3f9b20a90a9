/**
 * 文书 types of a flexible-enforcement case and the format of their 文号 (常政办发〔2025〕5号 第七项): the department's
 * 机关代字, the type's 代字, the year and the serial — 常市监告〔2026〕12号.
 *
 * GB/T 9704-2012 7.2.4 发文字号: 年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号"〔〕"括入；
 * 发文顺序号不加"第"字，不编虚位（即1不编为01），在阿拉伯数字后加"号"。
 *
 * The serial is unique per department, type and year with no gaps: the counter lives in the database
 * (`document_counters`, taken in the issuing transaction). This file only formats and parses.
 */

/**
 * 常政办发〔2025〕5号 第七项: 各执法部门应当结合具体情形制作相应柔性执法文书，并及时送达行政相对人.
 * 常政办发〔2025〕5号 第十项: 针对本单位推行柔性执法所采取的具体工作方式，研究制定相应的法律文书范本.
 * The keys are the template keys of the server's default templates (`documents/gongwen.ts`); `served`:
 * the document goes to the party and its 送达回证 belongs in the case file; the others are signed by the
 * party (承诺书, 确认书, 记录) or are themselves the proof (送达回证).
 */
export const DOCUMENT_TYPES = {
  choice_notice: { title: '柔性执法告知书', abbreviation: '告', served: true },
  administrative_reminder: { title: '行政提示函', abbreviation: '提', served: true },
  administrative_suggestion: { title: '行政建议书', abbreviation: '建', served: true },
  interview_notice: { title: '行政约谈通知书', abbreviation: '谈', served: true },
  education_reminder: { title: '教育提醒书', abbreviation: '醒', served: true },
  persuasion: { title: '劝导示范记录', abbreviation: '劝', served: false },
  admonition: { title: '警示告诫书', abbreviation: '诫', served: true },
  administrative_guidance: { title: '行政指导书', abbreviation: '导', served: true },
  commitment: { title: '告知承诺书', abbreviation: '诺', served: false },
  no_penalty_decision: { title: '不予行政处罚决定书', abbreviation: '不罚', served: true },
  service_offset: { title: '公益抵罚确认书', abbreviation: '抵', served: false },
  termination_notice: { title: '终止柔性执法通知书', abbreviation: '终', served: true },
  delivery_receipt: { title: '送达回证', abbreviation: '送', served: false },
  follow_up_record: { title: '回访记录', abbreviation: '访', served: false },
} as const satisfies Record<string, { title: string; abbreviation: string; served: boolean }>;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

/** The parts of a 文号. */
export interface DocumentNoParts {
  /** 机关代字 of the department (`departments.doc_prefix`): 常市监. */
  prefix: string;
  type: DocumentType;
  /** The full year: 2026. */
  year: number;
  /** From 1, no leading zeros. */
  serial: number;
}

export type DocumentNoParse = { ok: true; value: DocumentNoParts } | { ok: false; problem: string };

const PREFIX = /^[\u4e00-\u9fff]{1,12}$/u;
const MAX_SERIAL = 999_999_999;

/** Why `prefix` cannot be a 机关代字 (a Chinese sentence), or null. */
export function documentNoPrefixProblem(prefix: string): string | null {
  return PREFIX.test(prefix) ? null : '机关代字须为1至12个汉字（如“常市监”）';
}

/**
 * 常市监告〔2026〕12号. Throws on a prefix, year or serial that cannot appear in a 文号: they come from the
 * department table and the counter, so a bad one is a bug, not user input.
 */
export function formatDocumentNo(parts: DocumentNoParts): string {
  const problem = documentNoPrefixProblem(parts.prefix);
  if (problem) {
    throw new RangeError(`${problem}：${parts.prefix}`);
  }
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999) {
    throw new RangeError(`年份须为四位数：${parts.year}`);
  }
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > MAX_SERIAL) {
    throw new RangeError(`发文顺序号须为正整数：${parts.serial}`);
  }
  return `${parts.prefix}${DOCUMENT_TYPES[parts.type].abbreviation}〔${parts.year}〕${parts.serial}号`;
}

// Longest first, so that a two-character 代字 (不罚) wins over any one-character one it ends with.
const BY_ABBREVIATION = DOCUMENT_TYPE_KEYS.map((type) => ({ type, abbreviation: DOCUMENT_TYPES[type].abbreviation as string })).sort(
  (a, b) => b.abbreviation.length - a.abbreviation.length,
);

const SHAPE = /^(.+)〔(\d{4})〕(\d+)号$/u;
const WRONG_BRACKETS = /[[\]【】（）()〖〗{}]/u;

/** Reads a 文号; the problem names what is wrong with it (in Chinese). */
export function parseDocumentNo(text: string): DocumentNoParse {
  const m = SHAPE.exec(text);
  if (!m) {
    if (WRONG_BRACKETS.test(text)) {
      return { ok: false, problem: '文号的年份须用六角括号“〔〕”括入，如 常市监告〔2026〕12号' };
    }
    if (/〕第/u.test(text)) {
      return { ok: false, problem: '文号的发文顺序号不加“第”字' };
    }
    return { ok: false, problem: '文号格式应为 机关代字+文书代字+〔四位年份〕+顺序号+号，如 常市监告〔2026〕12号' };
  }
  const [, head, yearText, serialText] = m as unknown as [string, string, string, string];
  if (yearText.startsWith('0')) {
    return { ok: false, problem: '文号的年份应标全称（四位年份）' };
  }
  if (serialText.startsWith('0')) {
    return { ok: false, problem: '文号的发文顺序号不编虚位（1不编为01），且从1开始' };
  }
  if (serialText.length > String(MAX_SERIAL).length) {
    return { ok: false, problem: '文号的发文顺序号过大' };
  }
  const match = BY_ABBREVIATION.find((t) => head.endsWith(t.abbreviation));
  if (!match) {
    return { ok: false, problem: `无法识别文号中的文书代字：${head}` };
  }
  const prefix = head.slice(0, head.length - match.abbreviation.length);
  const prefixProblem = documentNoPrefixProblem(prefix);
  if (prefixProblem) {
    return { ok: false, problem: `文号的${prefixProblem}` };
  }
  return { ok: true, value: { prefix, type: match.type, year: Number(yearText), serial: Number(serialText) } };
}
