/**
 * Encryption of personal data at rest (ID and phone numbers; SECURITY.md "Data", 个人信息保护法 第五十一条):
 * AES-256-GCM with a random 96-bit IV per value; stored as base64(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { fillRandom } from './random-pool';

export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /**
   * A keyed hash (HMAC-SHA256, hex) for finding a person's records by an identifier that is stored only
   * encrypted — the 公民身份号码 of a natural-person party (first-offence look-up). Equal inputs give equal
   * hashes; without the key, which never enters the database, the hash reveals nothing.
   */
  lookupHash(value: string): string;
}

export function createFieldCrypto(key: Buffer): FieldCrypto {
  if (key.length !== 32) {
    throw new Error('AES-256-GCM 密钥应为32字节');
  }
  // A separate key for look-ups, derived from the field key (HKDF-SHA256), so the one secret outside the database serves both.
  const lookupKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'rouxing lookup-hash v1', 32));
  return {
    lookupHash(value) {
      return createHmac('sha256', lookupKey).update(value.trim().toUpperCase(), 'utf8').digest('hex');
    },
    encrypt(plain) {
      const data = Buffer.from(plain, 'utf8');
      const out = Buffer.allocUnsafe(28 + data.length);
      fillRandom(out, 0, 12);
      const cipher = createCipheriv('aes-256-gcm', key, out.subarray(0, 12));
      const ct = cipher.update(data);
      cipher.final();
      cipher.getAuthTag().copy(out, 12);
      ct.copy(out, 28);
      return out.toString('base64');
    },
    decrypt(stored) {
      const buf = Buffer.from(stored, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
