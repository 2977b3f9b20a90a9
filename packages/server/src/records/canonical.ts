/**
 * Canonical JSON (keys sorted at every level, no whitespace) and the chain hash. The hash of a record
 * covers its fields and the previous record's hash, so any later change to any row breaks the chain.
 */
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** hash = SHA-256(prevHash ‖ '\n' ‖ canonical JSON of the record's fields). */
export function chainHash(prevHash: string | null, fields: Record<string, unknown>): string {
  return sha256Hex(`${prevHash ?? ''}\n${canonicalJson(fields)}`);
}
