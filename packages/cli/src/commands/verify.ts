import { verifyChains } from '@rouxing/server';
import { withContext } from './db';

/**
 * `rouxing verify`: recomputes every event chain and audit chain. Exit 0 when all hold; exit 1 naming
 * the first broken link (table, chain, sequence number and row id).
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--archive')) {
    process.stderr.write('案卷校验（--archive）随案件归档功能提供，当前版本尚不支持。\n');
    return 2;
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
