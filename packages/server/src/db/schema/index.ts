/**
 * The database schema (drizzle), the single source of the migrations in ./migrations
 * (`npx drizzle-kit generate --name NAME` from packages/server; one file per area here). Repositories query with plain SQL.
 *
 * Tenancy (DESIGN.md "Data"): every tenant table carries `region_code` and leads its primary key with
 * it; foreign keys between tenant tables and unique constraints include it. Tables shared by all regions
 * (reference tables) are listed in REFERENCE_TABLES; a schema test enforces both rules.
 */

export * from './cases';
export * from './credit';
export * from './credit-supervision';
export * from './indicators';
export * from './inspection-settings';
export * from './inspections';
export * from './interviews';
export * from './parties';
export * from './platform';
export * from './records';
export * from './rules';
export * from './supervision';
export * from './surveys';
export * from './whitelist';

/** Tables shared by every region (replicated reference tables on a Citus cluster). */
export const REFERENCE_TABLES = ['regions', 'users', 'holiday_arrangements'] as const;
/** Append-only tables: the application role has no UPDATE or DELETE on them. */
export const APPEND_ONLY_TABLES = ['events', 'audit_log'] as const;
