/**
 * Keys kept outside the database (SECURITY.md "Data"): in `<data dir>/keys/`, created with mode 0600
 * on first start. A production deployment mounts them from its secret store.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadOrCreateKey(dataDir: string, name: string, bytes = 32): Buffer {
  const dir = join(dataDir, 'keys');
  const file = join(dir, `${name}.key`);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== bytes) {
      throw new Error(`密钥文件 ${file} 长度不正确（应为${bytes}字节）`);
    }
    return key;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(bytes);
  writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}
