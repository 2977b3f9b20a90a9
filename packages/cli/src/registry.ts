/**
 * The commands of `rouxing`. Each module is loaded only when its command runs, so that
 * `rouxing decide` does not pay for the server's start-up.
 * A command module exports `run(args: string[]): Promise<number>` (the exit code).
 */
export type CommandModule = { run(args: string[]): Promise<number> };

export const COMMANDS: Record<string, { summary: string; usage: string; load: () => Promise<CommandModule> }> = {
  start: {
    summary: '启动平台（迁移数据库、演示模式下写入演示数据、提供API和网页）',
    usage: 'rouxing start',
    load: () => import('./commands/start'),
  },
  migrate: {
    summary: '执行数据库迁移',
    usage: 'rouxing migrate',
    load: () => import('./commands/migrate'),
  },
  db: {
    summary: '数据库管理：distribute 在 Citus 协调节点上按 region_code 分布各租户表（--dry-run 只显示计划）',
    usage: 'rouxing db distribute [--dry-run]',
    load: () => import('./commands/database'),
  },
  seed: {
    summary: '在空数据库中写入演示数据（常宁市 430482）',
    usage: 'rouxing seed',
    load: () => import('./commands/seed'),
  },
  decide: {
    summary: '决策引擎：按行政处罚法判断处理结果（shared/contracts/decision-api.md）',
    usage: 'rouxing decide --input FILE|-',
    load: () => import('./commands/decide'),
  },
  uscc: {
    summary: '校验统一社会信用代码（GB 32100-2015）',
    usage: 'rouxing uscc CODE',
    load: () => import('./commands/uscc'),
  },
  publicity: {
    summary: '信用信息公示期计算',
    usage: 'rouxing publicity --input FILE|-',
    load: () => import('./commands/publicity'),
  },
  workdays: {
    summary: '按工作日计算期限（国务院节假日安排，含调休上班日）；或查询某日是否工作日',
    usage: 'rouxing workdays --from YYYY-MM-DD --add N | --check YYYY-MM-DD',
    load: () => import('./commands/workdays'),
  },
  verify: {
    summary: '重新计算全部事件链和审计链，报告第一个断链；--archive 离线校验导出的案卷',
    usage: 'rouxing verify [--archive FILE]',
    load: () => import('./commands/verify'),
  },
  backup: {
    summary: '备份数据库（PostgreSQL 用 pg_dump；内嵌数据库须先停止服务）、上传文件和密钥',
    usage: 'rouxing backup --to DIR',
    load: () => import('./commands/backup'),
  },
  restore: {
    summary: '从备份恢复（先按清单校验每个文件；非空库或不同密钥须加 --force）',
    usage: 'rouxing restore --from DIR [--force]',
    load: () => import('./commands/restore'),
  },
  import: {
    summary: '从.xlsx或.csv导入市场主体',
    usage: 'rouxing import entities FILE [--as USERNAME]',
    load: () => import('./commands/import'),
  },
};
