/**
 * Signed inspection-code tokens (检查码, 常政办发〔2025〕5号 第十五项): Ed25519 over a small JSON payload, so that the QR
 * code printed or shown by an officer can be checked by anyone's phone against the platform, and an
 * altered or forged code is refused. The private key lives in `<data dir>/keys/inspection-code.key`.
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const PREFIX = 'RX1';

export interface CodePayload {
  /** region */
  r: string;
  /** inspection plan id */
  p: string;
  /** window, yyyy-mm-dd, both inclusive */
  f: string;
  t: string;
}

export type VerifiedCode = { ok: true; payload: CodePayload } | { ok: false; reason: 'malformed' | 'bad_signature' };

export interface CodeSigner {
  sign(payload: CodePayload): string;
  verify(token: string): VerifiedCode;
}

const b64url = (b: Buffer) => b.toString('base64url');

export function createCodeSigner(seed: Buffer): CodeSigner {
  const privateKey: KeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  return {
    sign(payload) {
      const body = b64url(Buffer.from(JSON.stringify(payload)));
      const sig = sign(null, Buffer.from(`${PREFIX}.${body}`), privateKey);
      return `${PREFIX}.${body}.${b64url(sig)}`;
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) {
        return { ok: false, reason: 'malformed' };
      }
      let good = false;
      try {
        good = verify(null, Buffer.from(`${PREFIX}.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'));
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      if (!good) {
        return { ok: false, reason: 'bad_signature' };
      }
      try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as CodePayload;
        if (typeof payload.p !== 'string' || typeof payload.r !== 'string') {
          return { ok: false, reason: 'malformed' };
        }
        return { ok: true, payload };
      } catch {
        return { ok: false, reason: 'malformed' };
      }
    },
  };
}
