import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { appendEvent, listEvents } from '../records/event.repository';
import { buildArchiveZip, verifyArchiveZip } from './archive';

const ROOT = join(import.meta.dirname, '../../../..');
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

async function sampleArchive() {
  const id = 'case-archive-test';
  await env.ctx.db.transaction(async (tx) => {
    for (const [type, to] of [
      ['case.started', 'started'],
      ['case.notice_served', 'notice_served'],
      ['case.archived', 'archived'],
    ] as const) {
      await appendEvent(tx, {
        regionCode: '430482',
        aggregateType: 'case',
        aggregateId: id,
        type,
        actor: { id: null, name: '测试' },
        occurredAt: env.clock.now.toISOString(),
        toState: to,
        payload: { step: type },
      });
    }
  });
  const events = await listEvents(env.ctx.db, '430482', 'case', id);
  return buildArchiveZip({
    subject: { type: 'case', id, title: '常宁市隆辉餐饮管理有限公司未公示许可证案', regionCode: '430482' },
    createdAt: env.clock.now.toISOString(),
    files: [
      { path: '文书/告知书（常市监告〔2026〕1号）.docx', data: Buffer.from('docx bytes of the notice') },
      { path: '证据/现场照片1.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]) },
    ],
    events,
  });
}

/** The same zip with one byte of one entry changed (manifest untouched). */
function tamper(zipBuf: Buffer, path: string): Buffer {
  const zip = new PizZip(zipBuf) as PizZip & { file(name: string, data: Buffer): unknown };
  const data = Buffer.from(zip.file(path)?.asNodeBuffer() ?? Buffer.alloc(0));
  data[0] = (data[0] ?? 0) ^ 1;
  zip.file(path, data);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe(`[RECORD][ARCHIVE] an exported 案卷 verifies offline and names an altered file (${dbKind()})`, () => {
  it('passes untouched, fails naming the file after one byte is changed, and detects an edited event', async () => {
    const { zip, manifest } = await sampleArchive();
    const ok = verifyArchiveZip(zip);
    expect(ok).toMatchObject({ ok: true, filesChecked: 2, eventsChecked: 3, chainHead: manifest.chainHead });

    const photo = 'files/证据/现场照片1.jpg';
    const bad = verifyArchiveZip(tamper(zip, photo));
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([{ path: photo, problem: 'altered', message: `文件已被改动：${photo}（SHA-256与清单不符）` }]);

    const badEvents = verifyArchiveZip(tamper(zip, 'events.json'));
    expect(badEvents.problems.map((p) => p.path)).toContain('events.json');

    // The command line, offline: exit 0, then exit 1 naming the file.
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-archive-'));
    writeFileSync(join(dir, 'good.zip'), zip);
    writeFileSync(join(dir, 'bad.zip'), tamper(zip, photo));
    const cli = (file: string) =>
      spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/rouxing.mjs'), 'verify', '--archive', join(dir, file)], {
        encoding: 'utf8',
        cwd: ROOT,
      });
    const good = cli('good.zip');
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('案卷校验通过');
    const fail = cli('bad.zip');
    expect(fail.status).toBe(1);
    expect(fail.stdout).toContain(`文件已被改动：${photo}`);
  });
});
