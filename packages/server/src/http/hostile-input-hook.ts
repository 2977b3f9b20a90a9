/**
 * Strings PostgreSQL cannot store in text — a NUL byte, or a UTF-16 surrogate without its pair (which has no
 * UTF-8 form) — are refused before validation, wherever they are (query, path, JSON body; multipart fields
 * are checked where they are read): 422 naming the field, never a 500 from the database (SECURITY.md "Input").
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL byte is what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The dotted path of the first unstorable string (or key) in `value`, or null. */
export function unstorablePath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value) ? path || '(请求体)' : null;
  }
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) {
      return at;
    }
    const found = unstorablePath(item, at, depth + 1);
    if (found) {
      return found;
    }
  }
  return null;
}

/** Throws 422 when `value` holds an unstorable string. */
export function refuseUnstorable(value: unknown): void {
  const path = unstorablePath(value);
  if (path) {
    const message = '不能含有空字符（\\u0000）或无效的Unicode字符';
    throw new AppError('VALIDATION', `${path}：${message}`, [{ path, message }]);
  }
}

export function addHostileInputHook(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    refuseUnstorable(req.params);
    refuseUnstorable(req.query);
    refuseUnstorable(req.body);
  });
}
