/**
 * Masks what identifies a person or the party in free text (常政办发〔2025〕5号 第十项's guiding cases are public): the given
 * names, 身份证号码 (18 digits, last may be X), 统一社会信用代码, mobile and landline numbers.
 */
export function anonymise(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of [...names].filter((x) => x.trim().length > 1).sort((a, b) => b.length - a.length)) {
    out = out.split(n).join(n.length <= 4 ? `${n[0]}某` : '某市场主体');
  }
  return out
    .replace(/\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g, '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊')
    .replace(/\b\d{17}[\dXx]\b/g, '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊')
    .replace(/\b1\d{10}\b/g, (m) => `${m.slice(0, 3)}＊＊＊＊${m.slice(7)}`)
    .replace(/\b0\d{2,3}-?\d{7,8}\b/g, '＊＊＊＊-＊＊＊＊＊＊＊');
}
