export { buildApp, SESSION_COOKIE } from './app';
export { type ArchiveReport, buildArchiveZip, verifyArchiveZip } from './archive/archive';
export { type Config, ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from './config';
export type { Database, Queryable } from './db/database';
export { DatabaseInUseError, openDatabase } from './db/open';
export { type VerifyReport, verifyChains } from './records/verify-chains';
export { DEMO_DEPARTMENTS, DEMO_REGION, DEMO_USERS } from './seed/demo-seed';
export { createContext, type RunningServer, type StartOptions, seed, startServer } from './server';
