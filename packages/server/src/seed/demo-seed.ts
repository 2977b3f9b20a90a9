/**
 * Demo data (demo mode only, the default of `npm start`): the region 常宁市 (430482), its departments,
 * one demo account per role, and a few hundred realistic entities across industries.
 * Demo accounts are password-only and marked `demo` (SECURITY.md: no default accounts in production).
 */
import type { Role } from '@rouxing/contracts';
import { createEntityGenerator, REGIONS } from '@rouxing/domain';
import { hashPassword } from '../auth/password';
import { anyAdminExists, findUserByUsername, insertUser } from '../auth/user.repository';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { Database, Queryable } from '../db/database';
import { insertDepartments, regionHasDepartments } from '../departments/department.repository';
import { type EntityInsert, insertEntities } from '../entities/entity.repository';
import { entityInsert } from '../entities/entity-insert';
import { appendAudit } from '../records/audit.repository';
import { canonicalJson, sha256Hex } from '../records/canonical';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { seedCreditDecisions } from './credit-seed';
import { seedInspectionItems } from './inspection-seed';
import { seedRules } from './rules-seed';
import {
  clearObservationOfGradeD,
  insertApprovedObservationPeriods,
  insertRegions,
  insertServiceOffsetRule,
  tagDemoEntities,
} from './seed.repository';
import { seedWhitelist } from './whitelist-seed';

export const DEMO_REGION = '430482';

export const DEMO_DEPARTMENTS = [
  { code: 'SCJG', name: '常宁市市场监督管理局', kind: 'enforcement', docPrefix: '常市监', contactPhone: '0734-7221111' },
  { code: 'JTYS', name: '常宁市交通运输局', kind: 'enforcement', docPrefix: '常交', contactPhone: '0734-7221222' },
  { code: 'GA', name: '常宁市公安局', kind: 'enforcement', docPrefix: '常公', contactPhone: '0734-7221333' },
  { code: 'STHJ', name: '衡阳市生态环境局常宁分局', kind: 'enforcement', docPrefix: '衡环常', contactPhone: '0734-7221444' },
  { code: 'CGZF', name: '常宁市城市管理和综合执法局', kind: 'enforcement', docPrefix: '常城管', contactPhone: '0734-7221555' },
  { code: 'WSJK', name: '常宁市卫生健康局', kind: 'enforcement', docPrefix: '常卫', contactPhone: '0734-7221666' },
  { code: 'YJGL', name: '常宁市应急管理局', kind: 'enforcement', docPrefix: '常应急', contactPhone: '0734-7221777' },
  { code: 'XFJY', name: '常宁市消防救援大队', kind: 'enforcement', docPrefix: '常消', contactPhone: '0734-7221888' },
  { code: 'SWJ', name: '国家税务总局常宁市税务局', kind: 'enforcement', docPrefix: '常税', contactPhone: '0734-7221999' },
  { code: 'SFJ', name: '常宁市司法局', kind: 'judicial', docPrefix: '常司', contactPhone: '0734-7222110' },
  { code: 'SJJ', name: '常宁市数据局', kind: 'data', docPrefix: '常数据', contactPhone: '0734-7222221' },
] as const;

type DeptCode = (typeof DEMO_DEPARTMENTS)[number]['code'];

export const DEMO_USERS: readonly {
  username: string;
  displayName: string;
  roles: Role[];
  dept: DeptCode | null;
  certificateNo?: string;
  label: string;
}[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], dept: 'SJJ', label: '系统管理员' },
  { username: 'security', displayName: '安全管理员', roles: ['security'], dept: 'SJJ', label: '安全管理员' },
  { username: 'auditor', displayName: '审计管理员', roles: ['auditor'], dept: 'SJJ', label: '审计管理员' },
  {
    username: 'officer',
    displayName: '张伟',
    roles: ['officer'],
    dept: 'SCJG',
    certificateNo: '43048224001',
    label: '市场监督管理局执法人员',
  },
  {
    username: 'officer2',
    displayName: '王芳',
    roles: ['officer'],
    dept: 'SCJG',
    certificateNo: '43048224002',
    label: '市场监督管理局执法人员',
  },
  {
    username: 'officer6',
    displayName: '刘涛',
    roles: ['officer'],
    dept: 'SCJG',
    certificateNo: '43048224003',
    label: '市场监督管理局执法人员',
  },
  {
    username: 'officer3',
    displayName: '李强',
    roles: ['officer'],
    dept: 'JTYS',
    certificateNo: '43048225001',
    label: '交通运输局执法人员',
  },
  { username: 'reviewer', displayName: '刘洋', roles: ['reviewer'], dept: 'SCJG', label: '市场监督管理局法制审核' },
  {
    username: 'officer4',
    displayName: '赵敏',
    roles: ['officer'],
    dept: 'WSJK',
    certificateNo: '43048226001',
    label: '卫生健康局执法人员',
  },
  {
    username: 'officer5',
    displayName: '孙磊',
    roles: ['officer'],
    dept: 'WSJK',
    certificateNo: '43048226002',
    label: '卫生健康局执法人员',
  },
  { username: 'reviewer2', displayName: '周丽', roles: ['reviewer'], dept: 'WSJK', label: '卫生健康局负责人' },
  { username: 'reviewer3', displayName: '吴刚', roles: ['reviewer'], dept: 'JTYS', label: '交通运输局法制审核' },
  { username: 'supervisor', displayName: '陈静', roles: ['supervisor'], dept: 'SFJ', label: '司法局（督导考评）' },
  { username: 'enterprise', displayName: '企业用户', roles: ['enterprise'], dept: null, label: '企业（市场主体）' },
];

export const DEMO_ENTITY_COUNT = 400;
/** The demo officers' 行政执法证 are valid to the end of 2030. */
const DEMO_CERTIFICATE_EXPIRY = '2030-12-31';

export async function isSeeded(db: Queryable, regionCode: string): Promise<boolean> {
  return regionHasDepartments(db, regionCode);
}

/** The regions table (reference data): GB/T 2260 codes of Hunan. Idempotent. */
export async function seedRegions(db: Queryable): Promise<void> {
  await insertRegions(db, REGIONS);
}

export interface DemoSeedResult {
  seeded: boolean;
  enterpriseUscc: string;
}

type DemoEntity = ReturnType<ReturnType<typeof createEntityGenerator>['next']>;

/** The demo region's entities (the same every time: a fixed seed) and the one the enterprise account acts for. */
function demoEntities(): { entities: DemoEntity[]; enterprise: DemoEntity } {
  const gen = createEntityGenerator(20250501, { regionCodes: [DEMO_REGION] });
  const entities = Array.from({ length: DEMO_ENTITY_COUNT }, () => gen.next());
  // The enterprise account acts for the first catering business (餐饮业), the policy's pilot field.
  const enterprise = entities.find((e) => e.industryCode.startsWith('H62') && e.entityType === 'enterprise') ?? (entities[0] as DemoEntity);
  return { entities, enterprise };
}

/** The departments and one demo account per role; returns each department's id by its code. */
async function seedOrganisation(tx: Queryable, passwordHash: string, enterpriseUscc: string, nowIso: string): Promise<Map<string, string>> {
  const departments = DEMO_DEPARTMENTS.map((d) => ({ ...d, id: newId() }));
  const deptIds = new Map(departments.map((d) => [d.code as string, d.id]));
  await insertDepartments(tx, DEMO_REGION, departments, nowIso);
  for (const u of DEMO_USERS) {
    await insertUser(tx, {
      id: newId(),
      username: u.username,
      displayName: u.displayName,
      passwordHash,
      roles: u.roles,
      regionCode: DEMO_REGION,
      departmentId: u.dept ? (deptIds.get(u.dept) ?? null) : null,
      certificateNo: u.certificateNo ?? null,
      certificateExpiresOn: u.certificateNo ? DEMO_CERTIFICATE_EXPIRY : null,
      entityUscc: u.roles.includes('enterprise') ? enterpriseUscc : null,
      demo: true,
      now: nowIso,
    });
  }
  return deptIds;
}

/** The seed recorded twice: an event carrying the hash of every seeded entity, and an audit row. */
async function recordDemoSeed(tx: Queryable, entities: readonly DemoEntity[], nowIso: string): Promise<void> {
  const system = { id: null, name: '系统（演示数据）' };
  await appendEvent(tx, {
    regionCode: DEMO_REGION,
    aggregateType: 'system',
    aggregateId: 'demo-seed',
    type: 'system.demo_seeded',
    actor: system,
    occurredAt: nowIso,
    payload: {
      departments: DEMO_DEPARTMENTS.map((d) => d.name),
      users: DEMO_USERS.map((u) => u.username),
      entities: entities.length,
      rowHashes: entities.map((e) => sha256Hex(canonicalJson(e))),
    },
  });
  await appendAudit(tx, {
    regionCode: DEMO_REGION,
    actor: system,
    action: 'system.seed',
    result: 'success',
    details: { mode: 'demo', entities: entities.length },
    occurredAt: nowIso,
  });
}

/** Seeds the demo region when it is empty; one transaction, with its events and audit row. */
export async function seedDemo(db: Database, crypto: FieldCrypto, demoPassword: string, now: Date): Promise<DemoSeedResult> {
  await seedRegions(db);
  const { entities, enterprise } = demoEntities();
  if (await isSeeded(db, DEMO_REGION)) {
    const account = await findUserByUsername(db, 'enterprise');
    return { seeded: false, enterpriseUscc: account?.entityUscc ?? enterprise.uscc };
  }
  const nowIso = now.toISOString();
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const deptIds = await seedOrganisation(tx, passwordHash, enterprise.uscc, nowIso);
    const rows: EntityInsert[] = entities.map((e) => entityInsert(e, newId(), crypto));
    await insertEntities(tx, rows, nowIso);
    await tagDemoEntities(tx, DEMO_REGION);
    await seedCaseRegisters(tx, deptIds, nowIso);
    await seedWhitelist(tx, DEMO_REGION, deptIds, nowIso);
    const enterpriseRow = rows.find((r) => r.uscc === enterprise.uscc);
    const others = rows.filter((r) => r.uscc !== enterprise.uscc).slice(0, 2);
    await seedInspectionItems(tx, DEMO_REGION, deptIds, nowIso);
    await seedRules(tx, DEMO_REGION, deptIds, { enterpriseId: enterpriseRow?.id ?? '', otherIds: others.map((r) => r.id) }, nowIso);
    await seedCreditDecisions(
      tx,
      DEMO_REGION,
      deptIds,
      { enterpriseUscc: enterprise.uscc, otherUsccs: others.map((r) => r.uscc) },
      crypto,
      nowIso,
    );
    await recordDemoSeed(tx, entities, nowIso);
  });
  return { seeded: true, enterpriseUscc: enterprise.uscc };
}

/** Production mode: only the system administrator, with the password given by ROUXING_ADMIN_PASSWORD. */
export async function seedProductionAdmin(db: Database, regionCode: string, password: string, now: Date): Promise<boolean> {
  await seedRegions(db);
  if (await anyAdminExists(db)) {
    return false;
  }
  const nowIso = now.toISOString();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const id = newId();
    await insertUser(tx, {
      id,
      username: 'admin',
      displayName: '系统管理员',
      passwordHash,
      roles: ['admin'],
      regionCode,
      departmentId: null,
      certificateNo: null,
      entityUscc: null,
      demo: false,
      now: nowIso,
    });
    await appendAudit(tx, {
      regionCode,
      actor: { id: null, name: '系统' },
      action: 'system.seed',
      objectType: 'user',
      objectId: id,
      result: 'success',
      details: { mode: 'production', username: 'admin' },
      occurredAt: nowIso,
    });
  });
  return true;
}

/** 公益抵罚 rules of the public-security and transport departments (demo figures: local policy sets the real ones). */
const SERVICE_OFFSET_RULES: {
  dept: DeptCode;
  field: string;
  yuanPerHour: number;
  capYuan: number | null;
  capPercentOfFine: number | null;
}[] = [
  { dept: 'GA', field: 'public_security', yuanPerHour: 50, capYuan: 200, capPercentOfFine: 50 },
  { dept: 'JTYS', field: 'transport', yuanPerHour: 100, capYuan: 500, capPercentOfFine: 50 },
];

/**
 * The registers cases read (常政办发〔2025〕5号 第五项、第十四项): the observation periods behind the entities
 * marked as in one (approved by the 市场监管局's reviewer; 严重失信 entities get none), and the 公益抵罚 rules.
 */
async function seedCaseRegisters(tx: Queryable, deptIds: Map<string, string>, nowIso: string): Promise<void> {
  await clearObservationOfGradeD(tx, DEMO_REGION);
  const officer = await findUserByUsername(tx, 'officer');
  const reviewer = await findUserByUsername(tx, 'reviewer');
  const scjg = deptIds.get('SCJG');
  if (officer && reviewer && scjg) {
    await insertApprovedObservationPeriods(tx, {
      regionCode: DEMO_REGION,
      departmentId: scjg,
      startOn: '2026-01-01',
      endOn: '2027-06-30',
      reason: '新业态新模式市场主体（平台经济、直播电商等），符合国家和地方政策导向，给予包容审慎监管观察期',
      proposer: { id: officer.id, name: officer.displayName },
      approver: { id: reviewer.id, name: reviewer.displayName },
      now: nowIso,
    });
  }
  for (const { dept, ...rule } of SERVICE_OFFSET_RULES) {
    const departmentId = deptIds.get(dept);
    if (departmentId && reviewer) {
      await insertServiceOffsetRule(tx, DEMO_REGION, { ...rule, departmentId }, reviewer.id, nowIso);
    }
  }
}
