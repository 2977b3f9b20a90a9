/**
 * 约谈笔录 (with its 签到表) as a .docx in 公文 layout (常政办发〔2025〕5号 第三项): the interview's particulars, the attendance
 * of each party, what was said, each party's statement, the follow-up items (整改事项) with due dates, and the signature of
 * one officer of each participating department (name, 执法证号, time) over the minutes' SHA-256.
 */
import type { Interview } from '@rouxing/contracts';
import { INTERVIEW_MODE_LABELS } from '@rouxing/domain';
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { bodyParagraph, gongwenDocx, LINE, run, titleLines } from './gongwen';

export const INTERVIEW_MINUTES_TITLE = '行政约谈笔录';

const shanghai = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));

const CELL = 24; // 小四 for the tables: a 签到表 with five columns does not fit 三号.

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      width: { size: Math.floor(100 / header.length), type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, undefined, CELL, bold)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

const modeLabel = (i: Interview) =>
  i.mode === 'joint' && i.parties.length > 1
    ? `${INTERVIEW_MODE_LABELS.joint}（${INTERVIEW_MODE_LABELS.collective}）`
    : INTERVIEW_MODE_LABELS[i.mode];

/** The minutes of an interview as a .docx buffer. */
export async function interviewMinutesDocx(i: Interview): Promise<Buffer> {
  const blank = new Paragraph({ spacing: LINE, children: [] });
  const parties = i.parties;
  const nameOf = (seq: number) => parties.find((p) => p.seq === seq)?.partyName ?? '';
  return gongwenDocx(INTERVIEW_MINUTES_TITLE, [
    ...titleLines(i.leadDepartmentName, INTERVIEW_MINUTES_TITLE),
    ...[
      `约谈方式：${modeLabel(i)}`,
      `约谈时间：${shanghai(i.scheduledAt)}`,
      `约谈地点：${i.place}`,
      `牵头部门：${i.leadDepartmentName}`,
      `参加部门：${i.departments.map((d) => d.departmentName).join('、')}`,
      `约谈事由：${i.subject}`,
      `约谈依据：${i.legalBasis}`,
      '#一、签到表',
    ].map((text) => bodyParagraph(text)),
    table(
      ['序号', '约谈对象', '案号', '到场人员', '职务', '签到'],
      parties.map((p) => [
        String(p.seq),
        p.partyName,
        p.caseNo ?? '—',
        p.attendeeName ?? '—',
        p.attendeeTitle ?? '—',
        p.attended === null ? '未登记' : p.attended ? '到场' : '未到场',
      ]),
    ),
    blank,
    bodyParagraph('#二、约谈内容'),
    ...(i.minutes ?? '')
      .split(/\n+/)
      .filter(Boolean)
      .map((text) => bodyParagraph(text)),
    bodyParagraph('#三、当事人陈述'),
    ...parties.map((p) => bodyParagraph(`${p.partyName}：${p.statement ?? '（无）'}`)),
    bodyParagraph('#四、整改事项'),
    table(
      ['约谈对象', '整改事项', '完成期限'],
      i.followUps.map((f) => [nameOf(f.partySeq), f.content, f.dueOn]),
    ),
    blank,
    bodyParagraph('#五、参加部门签名'),
    table(
      ['部门', '执法人员', '执法证号', '签名时间'],
      i.departments.map((d) => [
        d.departmentName,
        d.signedByName ?? '（未签名）',
        d.certificateNo ?? '—',
        d.signedAt ? shanghai(d.signedAt) : '—',
      ]),
    ),
    new Paragraph({ spacing: LINE, children: [run(`笔录摘要（SHA-256）：${i.minutesSha256 ?? ''}`, undefined, 20)] }),
  ]);
}
