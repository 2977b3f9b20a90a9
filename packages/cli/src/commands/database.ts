import { ConfigError, describeStep, distributeDatabase, loadConfig, NotCitusError, type Plan } from '@rouxing/server';

const USAGE = '用法：rouxing db distribute [--dry-run]\n';

function printPlan(plan: Plan, workers: number): void {
  process.stdout.write(
    `工作节点 ${workers} 个；参照表 ${plan.reference.length} 张：${plan.reference.join('、')}\n` +
      `按 region_code 分布并同置 ${plan.distributed.length} 张（外键顺序）：${plan.distributed.join('、')}\n` +
      '任务队列（pgboss 模式）留在协调节点本地。\n',
  );
}

/**
 * `rouxing db distribute [--dry-run]`: distributes the migrated database on a Citus coordinator
 * (`DATABASE_ADMIN_URL`, else `DATABASE_URL`): tenant tables by region_code, colocated; the rest reference
 * tables. A second run changes nothing and says so.
 */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'distribute' || rest.some((a) => a !== '--dry-run')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const dryRun = rest.includes('--dry-run');
  let url: string | null;
  try {
    url = loadConfig().databaseAdminUrl;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!url) {
    process.stderr.write('未设置 DATABASE_URL：分布只用于 PostgreSQL（Citus 协调节点），内嵌数据库无需分布。\n');
    return 2;
  }
  try {
    const r = await distributeDatabase(url, {
      dryRun,
      onStep: (s) => process.stdout.write(`  ${describeStep(s)}\n`),
    });
    if (dryRun) {
      printPlan(r.plan, r.workers);
    }
    if (r.plan.conflicts.length > 0) {
      process.stderr.write(`以下表的现有分布与计划不符，未做任何更改（请人工处理）：\n  ${r.plan.conflicts.join('\n  ')}\n`);
      return 1;
    }
    if (r.plan.steps.length === 0) {
      process.stdout.write('数据库已按计划分布，无需更改。\n');
    } else if (dryRun) {
      process.stdout.write(`将执行 ${r.plan.steps.length} 步（--dry-run，未执行）：\n  ${r.plan.steps.map(describeStep).join('\n  ')}\n`);
    } else {
      printPlan(r.plan, r.workers);
      process.stdout.write(`分布完成：执行 ${r.applied} 步。\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof NotCitusError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
