import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { actorOf } from '../auth/authenticate';
import { findUserByUsername } from '../auth/user.repository';
import { importEntitiesFromFile } from './import-from-file';
import { startEntityImport } from './use-cases/start-entity-import';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
let env: TestEnv;
let officer: string;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await loginAs(env.app, 'officer');
});
afterAll(async () => {
  await env.close();
});

const multipart = (fileName: string, content: Buffer) => multipartBody(fileName, content);

async function upload(fileName: string, content: Buffer) {
  const m = multipart(fileName, content);
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/entity-imports',
    headers: { cookie: officer, 'content-type': m.contentType },
    payload: m.payload,
  });
}

async function waitDone(id: string) {
  for (;;) {
    const r = await env.app.inject({ method: 'GET', url: `/api/v1/entity-imports/${id}`, headers: { cookie: officer } });
    const job = r.json();
    if (job.status === 'done' || job.status === 'failed') {
      return job;
    }
    await new Promise((res) => setTimeout(res, 50));
  }
}

describe(`[ENTITY][IMPORT] registry import (${dbKind()})`, () => {
  it('imports a UTF-8 .csv: commits the good rows, reports each bad row with its field and reason', async () => {
    const up = await upload('主体.csv', readFileSync(join(FIXTURES, 'entities-utf8.csv')));
    expect(up.statusCode).toBe(202);
    const job = await waitDone(up.json().id);
    expect(job).toMatchObject({ status: 'done', rowsRead: 15, rowsCommitted: 12, rowsFailed: 3 });
    expect(job.bytesRead).toBe(job.bytesTotal);
    expect(job.errors).toEqual([
      { row: 14, field: '统一社会信用代码', message: expect.stringContaining('校验码错误') },
      { row: 15, field: '名称', message: expect.any(String) },
      { row: 16, field: '行业代码', message: expect.stringContaining('行业代码') },
      { row: 16, field: '成立日期', message: expect.stringContaining('日期') },
    ]);
    const n = await appRows<{ n: number }>(env, "SELECT count(*)::int AS n FROM entities WHERE uscc LIKE '9_430482MA4LC1%'");
    expect(n[0]?.n).toBe(12);
    // One event per committed batch, carrying the hash of each committed row.
    const ev = await appRows<{ payload: { rows: number; rowHashes: string[] } }>(
      env,
      "SELECT payload FROM events WHERE aggregate_type = 'entity_import' AND aggregate_id = $1 AND type = 'entity_import.batch_committed'",
      [job.id],
    );
    expect(ev).toHaveLength(1);
    expect(ev[0]?.payload.rowHashes).toHaveLength(12);
  });

  it('imports the .xlsx saved by LibreOffice Calc (numbers, date cells, shared strings after the sheet); re-import reports duplicates', async () => {
    const r = await importEntitiesFromFile(
      env.ctx,
      'officer2',
      'libreoffice.xlsx',
      createReadStream(join(FIXTURES, 'libreoffice-calc-entities.xlsx')),
    );
    // Its 12 good rows are the ones the CSV above already registered: each reported, none written twice.
    expect(r).toMatchObject({ status: 'done', rowsRead: 15, rowsCommitted: 0, rowsFailed: 15 });
    const errors = await appRows<{ message: string }>(env, 'SELECT message FROM import_errors WHERE job_id = $1 ORDER BY seq', [r.jobId]);
    expect(errors.filter((e) => e.message.includes('已登记'))).toHaveLength(12);
  });

  it('rejects a file that is neither .xlsx nor UTF-8 text with 415, by content not by name', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const r = await upload('looks-like.csv', png);
    expect(r.statusCode).toBe(415);
    expect(r.json().error.message).toContain('.xlsx');
  });

  it('answers 413 for an upload cut at the size limit (the stream ends there without an error), and starts no job', async () => {
    const jobs = async () => (await appRows<{ n: number }>(env, 'SELECT count(*)::int AS n FROM import_jobs'))[0]?.n;
    const before = await jobs();
    const user = await findUserByUsername(env.ctx.db, 'officer');
    const cut = startEntityImport(
      env.ctx,
      actorOf(user as NonNullable<typeof user>),
      { fileName: 'big.csv', stream: Readable.from([Buffer.from('名称,地址\n')]), truncated: () => true },
      { sourceIp: null, userAgent: null },
      { wait: true },
    );
    await expect(cut).rejects.toMatchObject({ code: 'UPLOAD.TOO_LARGE', status: 413 });
    expect(await jobs()).toBe(before);
  });

  it('fails a file without the required header with a message listing the missing columns', async () => {
    const up = await upload('bad.csv', Buffer.from('名称,地址\n某店,某地\n'));
    const job = await waitDone(up.json().id);
    expect(job.status).toBe('failed');
    expect(job.message).toContain('统一社会信用代码');
  });

  it("fails a damaged workbook with a plain Chinese message, never the parser's internal error", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('主体').addRow(['统一社会信用代码', '名称']);
    const zip = new PizZip(Buffer.from(await book.xlsx.writeBuffer())) as PizZip & { file(name: string, data: string): unknown };
    // A cell pointing at a shared string that does not exist, in a row without its number.
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="s"><v>999</v></c></row></sheetData></worksheet>',
    );
    const up = await upload('坏文件.xlsx', zip.generate({ type: 'nodebuffer' }));
    const job = await waitDone(up.json().id);
    expect(job.status).toBe('failed');
    expect(job.message).toContain('不是有效的.xlsx工作簿');
    expect(job.message).not.toMatch(/undefined|Cannot|properties/);
  });

  it('offers the template as .xlsx and .csv, and the error report as .xlsx', async () => {
    const x = await env.app.inject({ method: 'GET', url: '/api/v1/entity-imports/template?format=xlsx', headers: { cookie: officer } });
    expect(x.statusCode).toBe(200);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const c = await env.app.inject({ method: 'GET', url: '/api/v1/entity-imports/template?format=csv', headers: { cookie: officer } });
    expect(c.body).toContain('统一社会信用代码,名称,主体类型');
    // The template's own example row imports cleanly.
    const r = await importEntitiesFromFile(env.ctx, 'officer', 'template.csv', Readable.from([c.rawPayload]));
    expect(r).toMatchObject({ status: 'done', rowsCommitted: 1, rowsFailed: 0 });
    const jobs = await env.app.inject({ method: 'GET', url: '/api/v1/entity-imports', headers: { cookie: officer } });
    const failed = (jobs.json().items as { id: string; rowsFailed: number }[]).find((j) => j.rowsFailed === 3);
    const rep = await env.app.inject({
      method: 'GET',
      url: `/api/v1/entity-imports/${failed?.id}/errors.xlsx`,
      headers: { cookie: officer },
    });
    expect(rep.statusCode).toBe(200);
    expect(rep.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  // Last: it opens a second environment, which on Citus resets the one shared database under `env` (test/harness.ts).
  it('imports the LibreOffice .xlsx into an empty registry: cells typed as numbers and dates read correctly', async () => {
    const fresh = await createTestEnv();
    try {
      await fresh.superQuery("DELETE FROM entities WHERE uscc LIKE '9_430482MA4LC1%'");
      const r = await importEntitiesFromFile(
        fresh.ctx,
        'officer',
        'libreoffice.xlsx',
        createReadStream(join(FIXTURES, 'libreoffice-calc-entities.xlsx')),
      );
      expect(r).toMatchObject({ status: 'done', rowsRead: 15, rowsCommitted: 12, rowsFailed: 3, message: null });
      const row = await appRows<{ established_on: string; region_code: string }>(
        fresh,
        "SELECT established_on, region_code FROM entities WHERE name = '常宁市宜阳镇福旺餐馆'",
      );
      expect(row[0]).toEqual({ established_on: '2010-01-10', region_code: '430482' });
      // The progress bar of an .xlsx follows rows: their number is counted before the import.
      const job = await appRows<{ rows_total: number }>(fresh, 'SELECT rows_total FROM import_jobs WHERE id = $1', [r.jobId]);
      expect(job[0]?.rows_total).toBe(15);
    } finally {
      await fresh.close();
    }
  });
});
