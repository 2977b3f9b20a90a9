import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_TYPES } from '@rouxing/domain';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, defaultTemplateDocx, PLACEHOLDERS, type PlaceholderData, type TemplateKind } from './gongwen';
import { renderDocx, templateTags } from './render';

const FONTS = join(import.meta.dirname, '../../test/fonts.conf');
const data = (kind: string): PlaceholderData => ({
  documentNo: `常市监${DOCUMENT_TYPES[kind as TemplateKind].abbreviation}〔2026〕7号`,
  authority: '常宁市市场监督管理局',
  partyName: '常宁市隆辉餐饮管理有限公司',
  partyUscc: '91430482MA4L0XXX0Q',
  partyIdentifier: '统一社会信用代码：91430482MA4L0XXX0Q',
  partyAddress: '湖南省衡阳市常宁市宜阳街道建设路1号',
  legalRepresentative: '李隆辉',
  facts: '当事人未在经营场所显著位置公示食品经营许可证',
  legalBasis: '《中华人民共和国食品安全法》第一百二十五条第二款',
  content: '立即在经营场所显著位置公示许可证',
  deadline: '2026年12月15日',
  officers: '张伟（执法证号43048200101）、王芳（执法证号43048200102）',
  contact: '张伟 0734-7222222',
  issuedOn: '二〇二六年十一月二十八日',
});

describe('[DOCUMENT][TEMPLATE] the default templates in 公文 layout', () => {
  it('name every placeholder they use among the documented ones', async () => {
    for (const kind of Object.keys(DEFAULT_TEMPLATES)) {
      const tags = templateTags(await defaultTemplateDocx(kind as TemplateKind));
      expect(tags.length, kind).toBeGreaterThan(3);
      for (const t of tags) {
        expect(Object.keys(PLACEHOLDERS), `${kind}: {${t}}`).toContain(t);
      }
    }
  });

  it('open in LibreOffice and convert to PDF with the case’s data in them (pdftotext)', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-docs-'));
    const kinds = Object.keys(DEFAULT_TEMPLATES);
    const files: string[] = [];
    for (const kind of kinds) {
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, renderDocx(await defaultTemplateDocx(kind as TemplateKind), data(kind)));
      files.push(file);
    }
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: dir, FONTCONFIG_FILE: FONTS },
        timeout: 170_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    for (const kind of kinds) {
      const pdf = join(dir, `${kind}.pdf`);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      const d = data(kind);
      expect(text, kind).toContain(DOCUMENT_TYPES[kind as TemplateKind].title.replace(/\s+/g, ''));
      expect(text, kind).toContain(d.partyName);
      if (kind !== 'delivery_receipt') {
        expect(text, kind).toContain(d.documentNo);
      }
      expect(text, kind).toContain('—1—');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('prints no doubled punctuation where a value ends as the template goes on (issue 14 defect 12)', async () => {
    const out = renderDocx(await defaultTemplateDocx('commitment'), { ...data('commitment'), facts: '当事人未公示许可证，情节轻微。' });
    const xml = new PizZip(out).file('word/document.xml')?.asText() ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('情节轻微。依据');
    expect(text).not.toMatch(/[。；，][。；，]/);
  });

  it('keeps the 落款 on the page of the closing text in LibreOffice, however long the body (GB/T 9704-2012)', {
    timeout: 180_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-keep-'));
    const files: string[] = [];
    // Bodies of growing length: some of them end the text right at the foot of page 1.
    for (let n = 0; n < 16; n++) {
      const file = join(dir, `notice-${n}.docx`);
      const facts = `当事人未在经营场所显著位置公示食品经营许可证${'，且未按规定建立进货查验记录'.repeat(n)}`;
      writeFileSync(file, renderDocx(await defaultTemplateDocx('choice_notice'), { ...data('choice_notice'), facts }));
      files.push(file);
    }
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { encoding: 'utf8', env: { ...process.env, HOME: dir, FONTCONFIG_FILE: FONTS }, timeout: 170_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    for (const file of files) {
      const pages = spawnSync('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
        .stdout.split('\f')
        .map((p) => p.replace(/\s+/g, ''));
      const sealPage = pages.find((p) => p.includes('（印章）')) as string;
      expect(sealPage, file).toContain('联系人及电话');
    }
  });
});
