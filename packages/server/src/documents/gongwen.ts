/**
 * The default document templates, built in 公文 layout (GB/T 9704-2012 as STACK.md summarises it: A4,
 * margins 37/35/28/26 mm, body 仿宋_GB2312 三号 (16 pt), headings 黑体, title 方正小标宋简体 二号, page
 * number "— 1 —" at the foot). Each is a .docx with docxtemplater placeholders (`{partyName}`…), so
 * that a department can download it, change it in Word or WPS, and upload its own version.
 */
import { DOCUMENT_TYPES, type DocumentType } from '@rouxing/domain';
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** 三号 = 16 pt = 32 half-points; 二号 = 22 pt. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const FANGSONG = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312', cs: '仿宋_GB2312' };
const HEITI = { ascii: '黑体', eastAsia: '黑体', hAnsi: '黑体', cs: '黑体' };
const XIAOBIAOSONG = { ascii: '方正小标宋简体', eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体', cs: '方正小标宋简体' };
/** 28 pt fixed line spacing, the usual 公文 body line. */
export const LINE = { line: 560, lineRule: 'exact' as const };

export interface TemplateSpec {
  /** Paragraphs of the body: plain text with `{placeholders}`; a line starting with `#` is a heading (黑体). */
  body: string[];
  /** Whether the party signs (承诺书, 送达回证). */
  partySigns?: boolean;
}

/** Placeholders every template may use; the generator fills them from the case and the document. */
export const PLACEHOLDERS = {
  documentNo: '文号',
  authority: '行政机关名称',
  partyName: '当事人名称',
  partyUscc: '统一社会信用代码（个人当事人：脱敏的公民身份号码）',
  partyIdentifier: '当事人身份代码（“统一社会信用代码：…”或“公民身份号码：…”）',
  partyAddress: '住所（经营场所）',
  legalRepresentative: '法定代表人（负责人）',
  facts: '违法事实或问题',
  legalBasis: '依据',
  content: '措施内容',
  deadline: '期限（改正、承诺、约谈时间等）',
  officers: '执法人员及执法证号',
  contact: '联系人及电话',
  issuedOn: '成文日期（大写）',
} as const;
export type PlaceholderData = Record<keyof typeof PLACEHOLDERS, string>;

const PARTY = [
  '当事人：{partyName}',
  '{partyIdentifier}',
  '住所（经营场所）：{partyAddress}',
  '法定代表人（负责人）：{legalRepresentative}',
];

/** The document types with a default template (titles and 文号 type characters: domain `DOCUMENT_TYPES`). */
export type TemplateKind = DocumentType;

export const DEFAULT_TEMPLATES: Record<TemplateKind, TemplateSpec> = {
  choice_notice: {
    body: [
      ...PARTY,
      '经查，{facts}',
      '依据{legalBasis}及《常宁市人民政府办公室关于全面推行柔性执法工作的指导意见》（常政办发〔2025〕5号），本机关告知你（单位）：对上述问题，你（单位）可以选择适用柔性执法方式（{content}），也可以不选择而依照一般程序处理。选择不影响你（单位）依法享有的陈述、申辩、听证等权利。',
      '请于{deadline}前作出选择并签署回执。逾期未作选择的，视为不选择柔性执法方式。',
      '执法人员：{officers}',
      '联系人及电话：{contact}',
    ],
    partySigns: true,
  },
  administrative_reminder: {
    body: [
      ...PARTY,
      '本机关在日常监管中发现：{facts}',
      '依据{legalBasis}，现提示如下：{content}',
      '请于{deadline}前自查自纠，并将情况反馈本机关。',
      '联系人及电话：{contact}',
    ],
  },
  administrative_suggestion: {
    body: [
      ...PARTY,
      '经了解，{facts}',
      '依据{legalBasis}，本机关提出以下建议：{content}',
      '本建议不具有强制力，请于{deadline}前将采纳情况告知本机关。',
      '联系人及电话：{contact}',
    ],
  },
  interview_notice: {
    body: [
      ...PARTY,
      '因{facts}，依据{legalBasis}，本机关决定对你（单位）进行行政约谈。',
      '约谈时间：{deadline}',
      '约谈内容：{content}',
      '参加约谈的执法人员：{officers}',
      '请你（单位）法定代表人（负责人）或者授权人员按时参加，并携带相关材料。',
      '联系人及电话：{contact}',
    ],
  },
  education_reminder: {
    body: [
      ...PARTY,
      '经查，{facts}',
      '依据{legalBasis}，本机关对你（单位）进行教育提醒：{content}',
      '请于{deadline}前改正。',
      '执法人员：{officers}',
    ],
  },
  admonition: {
    body: [
      ...PARTY,
      '经查，{facts}',
      '上述行为违反了{legalBasis}。本机关依法对你（单位）予以警示告诫：{content}',
      '请于{deadline}前改正；逾期不改正或者再次违反的，本机关将依法处理。',
      '执法人员：{officers}',
    ],
  },
  administrative_guidance: {
    body: [
      ...PARTY,
      '针对{facts}',
      '依据{legalBasis}，本机关提出以下指导意见：{content}',
      '请于{deadline}前参照落实。行政指导不具有强制力，你（单位）可以自愿选择是否接受。',
      '联系人及电话：{contact}',
    ],
  },
  commitment: {
    body: [
      '行政机关：{authority}',
      ...PARTY,
      '#一、行政机关告知',
      '经查，{facts}。依据{legalBasis}，本机关告知：当事人在规定期限内按照承诺改正并达到要求的，依法不予行政处罚或者依法从轻处理；未履行承诺的，本机关将终止柔性执法程序，依照一般程序处理。',
      '#二、当事人承诺',
      '本人（单位）已知晓上述告知内容，自愿承诺：{content}，并于{deadline}前改正完毕，接受行政机关的核查。如未履行承诺，愿意承担相应的法律责任。',
    ],
    partySigns: true,
  },
  no_penalty_decision: {
    body: [
      ...PARTY,
      '#一、违法事实',
      '{facts}',
      '#二、不予处罚的理由和依据',
      '{content}',
      '依据{legalBasis}，本机关决定对你（单位）不予行政处罚。依据《中华人民共和国行政处罚法》第三十三条第三款，本机关已对你（单位）进行教育。',
      '#三、救济途径',
      '如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。',
    ],
  },
  service_offset: {
    body: [
      ...PARTY,
      '经查，{facts}',
      '依据{legalBasis}，经当事人申请，本机关同意以参加公益服务的方式抵减罚款：{content}',
      '公益服务应于{deadline}前完成，经核实后依法抵减。',
      '执法人员：{officers}',
    ],
    partySigns: true,
  },
  persuasion: {
    body: [
      ...PARTY,
      '劝导事由：{facts}',
      '依据{legalBasis}，执法人员对当事人进行了劝导，并就规范经营作了示范：{content}',
      '当事人表示：已知晓有关规定，愿意在{deadline}前自觉改正。',
      '执法人员：{officers}',
    ],
    partySigns: true,
  },
  termination_notice: {
    body: [
      ...PARTY,
      '本机关对你（单位）{facts}一事实施的柔性执法，因{content}，依据《常宁市人民政府办公室关于全面推行柔性执法工作的指导意见》（常政办发〔2025〕5号）常政办发〔2025〕5号 第八项，决定终止实施柔性执法。',
      '{legalBasis}',
      '终止柔性执法不影响你（单位）依法享有的陈述、申辩、听证、申请行政复议和提起行政诉讼等权利。',
      '联系人及电话：{contact}',
    ],
  },
  delivery_receipt: {
    body: [
      '受送达人：{partyName}',
      '送达文书：{content}',
      '送达方式：{facts}',
      '送达时间：{deadline}',
      '送达人：{officers}',
      '受送达人签名或盖章：',
      '见证人：',
    ],
    partySigns: true,
  },
  follow_up_record: {
    body: [
      ...PARTY,
      '回访事由：{facts}',
      '整改情况：{content}',
      '当事人对执法行为合法性、规范性的评价和意见：',
      '回访时间：{deadline}',
      '回访人员：{officers}',
    ],
    partySigns: true,
  },
};

export const run = (text: string, font = FANGSONG, size = BODY_SIZE, bold = false) => new TextRun({ text, font, size, bold });

/** A body paragraph; `keep` holds it on the page of what follows (the last lines before the 落款). */
export function bodyParagraph(text: string, keep = false): Paragraph {
  const together = keep ? { keepNext: true, keepLines: true } : {};
  if (text.startsWith('#')) {
    return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, ...together, children: [run(text.slice(1), HEITI)] });
  }
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    ...together,
    children: [run(text)],
  });
}

/** How many closing body lines stay on the page of the 落款 (GB/T 9704-2012 7.3.5: no 落款 alone on a page). */
const KEPT_WITH_SIGNATURE = 2;

export const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** The signature block: the party's (where it signs) on the left, the authority's seal and date on the right. */
function signatures(spec: TemplateSpec): Table {
  const cell = (lines: string[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({
      borders: noBorders,
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: lines.map((l) => new Paragraph({ spacing: LINE, alignment, keepNext: true, keepLines: true, children: [run(l)] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(spec.partySigns ? ['当事人（签名或盖章）：', '', '年　　月　　日'] : [''], AlignmentType.LEFT),
          cell(['{authority}', '（印章）', '{issuedOn}'], AlignmentType.RIGHT),
        ],
      }),
    ],
  });
}

/** A .docx in 公文 layout: A4, the 公文 margins, the "— n —" page number, `children` as the body. */
export async function gongwenDocx(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const mm = convertMillimetersToTwip;
  const doc = new Document({
    creator: '柔性执法协同平台',
    title,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: FANGSONG })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** The two title lines of a document (the authority, the document's name) in 方正小标宋简体 二号. */
export function titleLines(authority: string, title: string): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(authority, XIAOBIAOSONG, TITLE_SIZE)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 200 }, children: [run(title, XIAOBIAOSONG, TITLE_SIZE)] }),
  ];
}

/** A default template as a .docx buffer (deterministic for a given kind). */
export async function defaultTemplateDocx(kind: TemplateKind): Promise<Buffer> {
  const spec = DEFAULT_TEMPLATES[kind];
  if (!spec) {
    throw new Error(`no default template ${kind}`);
  }
  return gongwenDocx(DOCUMENT_TYPES[kind].title, [
    ...titleLines('{authority}', DOCUMENT_TYPES[kind].title),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...LINE, after: 200 }, children: [run('{documentNo}')] }),
    ...spec.body.map((text, i) => bodyParagraph(text, i >= spec.body.length - KEPT_WITH_SIGNATURE)),
    new Paragraph({ spacing: LINE, keepNext: true, children: [] }),
    signatures(spec),
  ]);
}

/**
 * A document the party itself makes (信用承诺书): the same 公文 layout, filled text (no placeholders, no 文号),
 * the party's signature and date at the foot.
 */
export function partyDocumentDocx(title: string, paragraphs: readonly string[], signature: readonly string[]): Promise<Buffer> {
  return gongwenDocx(title, [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 200 }, children: [run(title, XIAOBIAOSONG, TITLE_SIZE)] }),
    ...paragraphs.map((p) => bodyParagraph(p)),
    new Paragraph({ spacing: LINE, children: [] }),
    ...signature.map((s) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [run(s)] })),
  ]);
}
