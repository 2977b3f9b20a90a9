/**
 * The statements one check-in runs, as a pgbench script (issue 15 item 5): what PostgreSQL alone does for a
 * check-in at the same concurrency, the anchor of `checkin`. The statements are the platform's own, in its
 * order and shape (see bench/README.md, "checkin"): the session and its user looked up, then in one transaction
 * the plan locked and read, its officers read, the plan updated, the event appended to the plan's chain (lock,
 * last row, insert) and the audit row to its lane's chain (lock, last row, insert). Left out: the 综合查一次
 * recount and the answer's re-read after the commit — platform work beyond the six steps the issue names.
 *
 * Each transaction checks in a plan of its own: plan n (client c's k-th transaction is n = c·per + k) has the
 * id `PGBENCH_ID_PREFIX` + n padded to 12 digits, made by `pgbenchPlanId` when the plans are inserted.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PGBENCH_ID_PREFIX = '00000000-0000-7000-8000-';

/** The prefix of the plan ids of a script's run: the script (0) and the platform's (1) check in plans of their own. */
const prefixOf = (set: 0 | 1) => (set === 0 ? PGBENCH_ID_PREFIX : PGBENCH_PLATFORM_ID_PREFIX);
const PGBENCH_PLATFORM_ID_PREFIX = '00000000-0000-7000-8001-';

/** The id of pgbench's plan n (1-based) of a script's run (0: the six steps, 1: the platform's statements). */
export const pgbenchPlanId = (n: number, set: 0 | 1 = 0) => `${prefixOf(set)}${String(n).padStart(12, '0')}`;

export interface SameStatementsOptions {
  /** Superuser URL of the bench database; pgbench connects with it and sets the application role, as the server does. */
  url: string;
  role: string;
  regionCode: string;
  sessionId: string;
  officerId: string;
  officerName: string;
  /** The Shanghai day of the audit rows (`shanghaiDay`). */
  day: string;
  /** The check-in's location as the server stores it (JSON). */
  location: string;
  clients: number;
  /** Transactions per client; plans 1 … clients·perClient must exist, approved, with the officer on them. */
  perClient: number;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** The plan's own columns as both scripts read them (the platform's `PLAN_COLUMNS` without the rating). */
const PLAN_READ_COLUMNS = `p.region_code AS "regionCode", p.id, p.department_id AS "departmentId", d.name AS "departmentName", p.entity_id AS "entityId",
      e.name AS "entityName", e.uscc AS "entityUscc", p.type, p.status, p.window_from AS "windowFrom", p.window_to AS "windowTo", p.emergency,
      p.backfill_due_on AS "backfillDueOn", p.exemption_ground AS "exemptionGround", p.exemption_reason AS "exemptionReason", p.note,
      p.joint_group_id AS "jointGroupId", p.created_by AS "createdBy", p.created_by_name AS "createdByName", p.created_at AS "createdAt",
      p.approved_by_name AS "approvedByName", p.approved_at AS "approvedAt", p.rejection_reason AS "rejectionReason",
      p.checked_in_at AS "checkedInAt", p.checked_out_at AS "checkedOutAt", p.result, p.findings, p.revision,`;

/** What both scripts write into their statements: the region, the transaction's plan (by its set's prefix), the check-in's location and payload. */
function literals(o: SameStatementsOptions, prefix: string) {
  return {
    region: lit(o.regionCode),
    plan: `(${lit(prefix)} || lpad(:n::text, 12, '0'))::uuid`,
    location: lit(o.location),
    payload: lit(JSON.stringify({ location: JSON.parse(o.location) })),
  };
}

/** The pgbench script of the six steps, each its own statement (one transaction = one check-in). */
export function checkInScript(o: SameStatementsOptions): string {
  const { region, plan, location, payload } = literals(o, PGBENCH_ID_PREFIX);
  return [
    '\\set k :k + 1',
    `\\set n :client_id * ${o.perClient} + :k`,
    // The audit lane: the server hashes the object's key into 16 lanes; n mod 16 spreads the plans alike.
    '\\set lane :n % 16',
    '\\set aseq 0',
    '\\set ahash 0',
    // The session and its user (packages/server/src/auth).
    oneLine(`SELECT region_code AS "regionCode", id, user_id AS "userId", created_at AS "createdAt", last_seen_at AS "lastSeenAt",
      expires_at AS "expiresAt", revoked_at AS "revokedAt" FROM sessions WHERE region_code = ${region} AND id = ${lit(o.sessionId)};`),
    oneLine(`SELECT u.id, u.username, u.display_name AS "displayName", u.password_hash AS "passwordHash", u.roles, u.region_code AS "regionCode",
      u.department_id AS "departmentId", d.name AS "departmentName", u.certificate_no AS "certificateNo",
      u.certificate_expires_on AS "certificateExpiresOn", u.entity_uscc AS "entityUscc", u.active, u.demo, u.failed_logins AS "failedLogins",
      u.locked_until AS "lockedUntil", u.password_changed_at AS "passwordChangedAt", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"
      FROM users u LEFT JOIN departments d ON d.region_code = u.region_code AND d.id = u.department_id
      WHERE u.region_code = ${region} AND u.id = ${lit(o.officerId)};`),
    'BEGIN;',
    // The plan locked and read within the actor's scope (plan-scope.ts), its officers (plan-roles.ts).
    `SELECT 1 FROM inspection_plans WHERE region_code = ${region} AND id = ${plan} FOR UPDATE;`,
    oneLine(`SELECT ${PLAN_READ_COLUMNS}
      EXISTS (SELECT 1 FROM inspection_ratings r WHERE r.region_code = p.region_code AND r.plan_id = p.id) AS rated
      FROM inspection_plans p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
      JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id WHERE p.region_code = ${region} AND p.id = ${plan};`),
    oneLine(`SELECT plan_id AS "planId", user_id AS "userId", display_name AS "displayName", certificate_no AS "certificateNo",
      department_name AS "departmentName" FROM inspection_plan_officers WHERE region_code = ${region} AND plan_id = ANY(ARRAY[${plan}])
      ORDER BY display_name;`),
    oneLine(`UPDATE inspection_plans SET status = 'checked_in', checked_in_at = now(), checked_in_location = ${location},
      revision = revision + 1 WHERE region_code = ${region} AND id = ${plan};`),
    // The event on the plan's chain (records/event.repository.ts): a new plan's chain starts at seq 1.
    `SELECT pg_advisory_xact_lock(hashtextextended('event|' || ${region} || '|inspection|' || ${plan}::text, 0));`,
    oneLine(`SELECT seq, hash FROM events WHERE region_code = ${region} AND aggregate_type = 'inspection' AND aggregate_id = ${plan}::text
      ORDER BY seq DESC LIMIT 1;`),
    oneLine(`INSERT INTO events (region_code, id, aggregate_type, aggregate_id, seq, type, actor_id, actor_name, occurred_at, from_state,
      to_state, payload, attachments, prev_hash, hash)
      VALUES (${region}, gen_random_uuid(), 'inspection', ${plan}::text, 1, 'inspection.checked_in', ${lit(o.officerId)},
      ${lit(o.officerName)}, now(), 'approved', 'checked_in', ${payload}, '[]', NULL, lpad(to_hex(:n::bigint), 64, '0'));`),
    // The audit row on its lane's chain (records/audit.repository.ts): after the lane's last row.
    `SELECT pg_advisory_xact_lock(hashtextextended('audit|' || ${region} || '|${o.day}|' || :lane, 0));`,
    oneLine(`SELECT seq AS aseq, hash AS ahash FROM audit_log WHERE region_code = ${region} AND day = '${o.day}' AND lane = :lane
      ORDER BY seq DESC LIMIT 1 \\aset`),
    oneLine(`INSERT INTO audit_log (region_code, id, day, seq, occurred_at, actor_id, actor_name, action, object_type, object_id, result,
      source_ip, details, prev_hash, hash, lane)
      VALUES (${region}, gen_random_uuid(), '${o.day}', :aseq + 1, now(), ${lit(o.officerId)}, ${lit(o.officerName)}, 'inspection.checked_in',
      'inspection', ${plan}::text, 'success', '127.0.0.1', ${payload}, NULLIF(:ahash, '0'), lpad(to_hex(:n::bigint), 64, '0'), :lane);`),
    'COMMIT;',
    '',
  ].join('\n');
}

/**
 * The statements the platform itself sends for one check-in since issue 15's round-trip work, in its order and
 * shape: the session with its user in one statement (`findSessionWithUser`); the plan locked, then read with its
 * officers, items and entity class in one (`lockPlan`); the update; both chains' locks in one (`lockChainPair`); both
 * heads in one (`changeHeads`); event and audit row in one (`insertChange`). Each is its own round trip here (nine,
 * where the script has fourteen); the platform sends them in four (decision 0034: `BEGIN`, the locks, the
 * update and the inserts go with the statement after them), which pgbench 15 cannot do (`\gset` is refused inside
 * `\startpipeline`). The update returns its columns, as the platform's did before decision 0034. The heads are read
 * with `coalesce` so pgbench's `\gset` gets values on a new chain (the platform reads NULL there); hashes are
 * stand-ins, as in the script.
 */
export function platformCheckInScript(o: SameStatementsOptions): string {
  const { region, plan, location, payload } = literals(o, PGBENCH_PLATFORM_ID_PREFIX);
  return [
    '\\set k :k + 1',
    `\\set n :client_id * ${o.perClient} + :k`,
    '\\set lane :n % 16',
    oneLine(`SELECT s.created_at AS "sessionCreatedAt", s.last_seen_at AS "sessionLastSeenAt", s.expires_at AS "sessionExpiresAt",
      s.revoked_at AS "sessionRevokedAt", u.id, u.username, u.display_name AS "displayName", u.password_hash AS "passwordHash", u.roles,
      u.region_code AS "regionCode", u.department_id AS "departmentId", d.name AS "departmentName", u.certificate_no AS "certificateNo",
      u.certificate_expires_on AS "certificateExpiresOn", u.entity_uscc AS "entityUscc", u.active, u.demo, u.failed_logins AS "failedLogins",
      u.locked_until AS "lockedUntil", u.password_changed_at AS "passwordChangedAt", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"
      FROM sessions s JOIN users u ON u.region_code = s.region_code AND u.id = s.user_id
      LEFT JOIN departments d ON d.region_code = s.region_code AND d.id = u.department_id
      WHERE s.region_code = ${region} AND s.id = ${lit(o.sessionId)};`),
    'BEGIN;',
    `SELECT 1 FROM inspection_plans WHERE region_code = ${region} AND id = ${plan} FOR UPDATE;`,
    oneLine(`SELECT ${PLAN_READ_COLUMNS}
      r.plan_id IS NOT NULL AS rated, e.industry_code AS "entityIndustryCode",
      (SELECT coalesce(json_agg(json_build_object('userId', o.user_id, 'displayName', o.display_name, 'certificateNo', o.certificate_no,
         'departmentName', o.department_name) ORDER BY o.display_name), '[]')
       FROM inspection_plan_officers o WHERE o.region_code = ${region} AND o.plan_id = p.id) AS officers,
      (SELECT coalesce(json_agg(json_build_object('id', i.id, 'code', i.code, 'name', i.name, 'legalBasis', i.legal_basis,
         'departmentName', dd.name) ORDER BY i.code), '[]')
       FROM inspection_plan_items pi JOIN inspection_items i ON i.region_code = ${region} AND i.id = pi.item_id
       JOIN departments dd ON dd.region_code = ${region} AND dd.id = i.department_id
       WHERE pi.region_code = ${region} AND pi.plan_id = p.id) AS items
      FROM inspection_plans p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
      JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
      LEFT JOIN inspection_ratings r ON r.region_code = p.region_code AND r.plan_id = p.id
      WHERE p.region_code = ${region} AND p.id = ${plan};`),
    oneLine(`UPDATE inspection_plans SET status = 'checked_in', checked_in_at = now(), checked_in_location = ${location},
      revision = revision + 1 WHERE region_code = ${region} AND id = ${plan}
      RETURNING status, checked_in_at AS "checkedInAt", checked_out_at AS "checkedOutAt", result, findings, revision;`),
    oneLine(`SELECT pg_advisory_xact_lock(hashtextextended('event|' || ${region} || '|inspection|' || ${plan}::text, 0)),
      pg_advisory_xact_lock(hashtextextended('audit|' || ${region} || '|${o.day}|' || :lane, 0));`),
    oneLine(`SELECT coalesce(e.seq, 0) AS eseq, coalesce(e.hash, '0') AS ehash, coalesce(a.seq, 0) AS aseq, coalesce(a.hash, '0') AS ahash
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT seq, hash FROM events WHERE region_code = ${region} AND aggregate_type = 'inspection'
        AND aggregate_id = ${plan}::text ORDER BY seq DESC LIMIT 1) e ON true
      LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE region_code = ${region} AND day = '${o.day}' AND lane = :lane
        ORDER BY seq DESC LIMIT 1) a ON true \\gset`),
    oneLine(`WITH e AS (INSERT INTO events (region_code, id, aggregate_type, aggregate_id, seq, type, actor_id, actor_name, occurred_at, from_state,
      to_state, payload, attachments, prev_hash, hash)
      VALUES (${region}, gen_random_uuid(), 'inspection', ${plan}::text, :eseq + 1, 'inspection.checked_in', ${lit(o.officerId)},
      ${lit(o.officerName)}, now(), 'approved', 'checked_in', ${payload}, '[]', NULLIF(:ehash, '0'), lpad(to_hex(:n::bigint), 64, '0'))),
      a AS (INSERT INTO audit_log (region_code, id, day, seq, occurred_at, actor_id, actor_name, action, object_type, object_id, result,
      source_ip, details, prev_hash, hash, lane)
      VALUES (${region}, gen_random_uuid(), '${o.day}', :aseq + 1, now(), ${lit(o.officerId)}, ${lit(o.officerName)}, 'inspection.checked_in',
      'inspection', ${plan}::text, 'success', '127.0.0.1', ${payload}, NULLIF(:ahash, '0'), lpad(to_hex(:n::bigint), 64, '0'), :lane))
      SELECT 1;`),
    'COMMIT;',
    '',
  ].join('\n');
}

export interface PgbenchResult {
  transactions: number;
  /** Transactions per second, excluding connection time. */
  tps: number;
  failed: number;
  output: string;
}

/**
 * Runs a script with pgbench (`PGBENCH` or PostgreSQL 15's) at `clients` connections on 2 threads, prepared statements:
 * the issue's six steps (`checkInScript`, plans of set 0) or the platform's statements (`platformCheckInScript`, set 1).
 */
export async function runSameStatements(o: SameStatementsOptions, which: 'issue' | 'platform' = 'issue'): Promise<PgbenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rouxing-bench-pgbench-'));
  try {
    const script = join(dir, 'checkin.sql');
    writeFileSync(script, which === 'issue' ? checkInScript(o) : platformCheckInScript(o));
    const bin = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';
    const url = new URL(o.url);
    const { stdout, stderr } = await promisify(execFile)(
      bin,
      ['-n', '-c', String(o.clients), '-j', '2', '-t', String(o.perClient), '-M', 'prepared', '-D', 'k=0', '-f', script, o.url],
      { env: { ...process.env, PGOPTIONS: `-c TimeZone=UTC -c role=${o.role}`, PGAPPNAME: `rouxing-bench-${url.pathname.slice(1)}` } },
    );
    const output = `${stdout}${stderr}`;
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
    const done = /number of transactions actually processed: (\d+)/.exec(output);
    const failed = /number of failed transactions: (\d+)/.exec(output);
    if (!tps || !done) {
      throw new Error(`pgbench printed no rate:\n${output}`);
    }
    return { tps: Number(tps[1]), transactions: Number(done[1]), failed: failed ? Number(failed[1]) : 0, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
