/**
 * The server package's public surface: starting the platform, its configuration and database, the record
 * checks, and what the CLI and the benchmarks drive (imports, draws, the app for load tests).
 */
export { buildApp } from './app';
export { type ArchiveReport, buildArchiveZip, verifyArchiveZip } from './archive/archive';
export { type Config, ConfigError, DEFAULT_DEMO_PASSWORD, DEFAULT_SECURITY_POLICY, loadConfig } from './config';
export type { AppContext } from './context';
export { importDecisionsFromFile } from './credit/import/import-decisions-from-file';
export { BackupError, type BackupManifest, backupTo, checkBackup, restoreFrom } from './db/backup';
export type { Database, Queryable } from './db/database';
export { describeStep, distributeDatabase, NotCitusError, type Plan } from './db/distribute';
export { DatabaseInUseError, openDatabase } from './db/open';
export { searchGramsOf, searchTextOf, textArrayLiteral } from './entities/search-grams';
export { SESSION_COOKIE } from './http/request';
export { ENTITY_IMPORT_COLUMNS, headerOf, mapHeader, rowToRawInput } from './imports/entity-import-format';
export { importEntitiesFromFile } from './imports/import-from-file';
export { rebuildIndicatorCounts, refreshAfterPlanWrite } from './indicators/maintain';
export { drawFromPool, snapshotDrawPool } from './inspections/draw-pool';
export { jointRateOf } from './inspections/joint-rate';
export { newId } from './records/ids';
export { type VerifyReport, verifyChains } from './records/verify-chains';
export { DEMO_DEPARTMENTS, DEMO_REGION, DEMO_USERS } from './seed/demo-seed';
export { createContext, type RunningServer, type StartOptions, seed, startServer } from './server';
