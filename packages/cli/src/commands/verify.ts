import { readFileSync } from 'node:fs';
import { verifyArchiveZip, verifyChains } from '@rouxing/server';
import { withContext } from './db';

/** `rouxing verify --archive FILE`: an exported 案卷 checked offline, without the database. */
function verifyArchive(file: string | undefined, json: boolean): number {
  if (!file) {
    process.stderr.write('用法：rouxing verify --archive 案卷.zip\n');
    return 2;
  }
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    process.stderr.write(`无法读取文件：${file}\n`);
    return 2;
  }
  const r = verifyArchiveZip(data);
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
  } else if (r.ok) {
    process.stdout.write(
      `案卷校验通过：${r.subject?.title ?? ''}，文件 ${r.filesChecked} 个，全过程记录 ${r.eventsChecked} 条，链尾 ${r.chainHead ? `第${r.chainHead.seq}条 ${r.chainHead.hash}` : '无'}。\n`,
    );
  } else {
    process.stdout.write(`案卷校验失败：\n${r.problems.map((p) => `  ${p.message}`).join('\n')}\n`);
  }
  return r.ok ? 0 : 1;
}

/**
 * `rouxing verify`: recomputes every event chain and audit chain. Exit 0 when all hold; exit 1 naming
 * the first broken link (table, chain, sequence number and row id).
 */
export async function run(args: string[]): Promise<number> {
  const archiveAt = args.indexOf('--archive');
  if (archiveAt >= 0) {
    return verifyArchive(args[archiveAt + 1], args.includes('--json'));
  }
  return withContext(async (ctx) => {
    const r = await verifyChains(ctx.db);
    const json = args.includes('--json');
    if (json) {
      process.stdout.write(`${JSON.stringify(r)}\n`);
    } else if (r.ok) {
      process.stdout.write(
        `校验通过：事件 ${r.eventsChecked} 条（${r.eventChains} 条链），审计日志 ${r.auditChecked} 条（${r.auditChains} 条链）。\n`,
      );
    } else if (r.broken) {
      const b = r.broken;
      process.stdout.write(
        `校验失败：${b.table === 'events' ? '事件表 events' : '审计日志 audit_log'}，区划 ${b.regionCode}，链 ${b.chain}，序号 ${b.seq}，行 id ${b.id}：${b.reason}\n`,
      );
    }
    return r.ok ? 0 : 1;
  });
}
