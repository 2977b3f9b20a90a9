import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { CodeSigner } from './crypto/code-signer';
import type { FieldCrypto } from './crypto/field-crypto';
import type { Database } from './db/database';
import type { BlobStore } from './storage/blob-store';

/** What every use case may use: the database, the configuration, the clock, keys and stores. */
export interface AppContext {
  db: Database;
  config: Config;
  /** The current instant; tests pass their own clock. */
  now: () => Date;
  fieldCrypto: FieldCrypto;
  /** Signs and checks inspection-code tokens (Ed25519). */
  codeSigner: CodeSigner;
  blobs: BlobStore;
  log: FastifyBaseLogger;
  /** Work started after a response (imports); awaited on close. */
  background: Set<Promise<unknown>>;
}

/** Who made a request: a signed-in user, plus where the request came from (for the audit log). */
export interface RequestMeta {
  sourceIp: string | null;
  userAgent: string | null;
}
