export { startServer, createContext, seed, type RunningServer, type StartOptions } from './server';
export { buildApp, SESSION_COOKIE } from './app';
export { loadConfig, ConfigError, type Config, DEFAULT_DEMO_PASSWORD } from './config';
export { openDatabase, DatabaseInUseError } from './db/open';
export type { Database, Queryable } from './db/database';
export { verifyChains, type VerifyReport } from './records/verify-chains';
export { DEMO_USERS, DEMO_DEPARTMENTS, DEMO_REGION } from './seed/demo-seed';
