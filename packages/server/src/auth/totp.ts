/**
 * TOTP (RFC 6238, on HOTP of RFC 4226): HMAC-SHA1 over the 30-second step counter, 6 digits — what every
 * authenticator app (国密 variants aside) shows for an `otpauth://totp/` secret. A code is accepted for the
 * current step and one step either side (clock drift), and only for a counter later than the last one used.
 */
import { createHmac, randomBytes } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding (the form authenticator apps take). */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) {
    out += ALPHABET[(value << (5 - bits)) & 31];
  }
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').replace(/\s/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) {
      throw new RangeError('不是有效的Base32密钥');
    }
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret of 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP (RFC 4226 §5.3): the code of one counter value. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(msg).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(bin).padStart(digits, '0');
}

export const totpCounter = (unixMs: number) => Math.floor(unixMs / 1000 / TOTP_STEP_SECONDS);

/** The code an authenticator shows at `unixMs` for a base32 secret. */
export function totpCode(secretBase32: string, unixMs: number, digits = TOTP_DIGITS): string {
  return hotp(base32Decode(secretBase32), totpCounter(unixMs), digits);
}

/**
 * The counter a code matches at `unixMs` (this step or one either side), or null. A counter at or before
 * `lastCounter` is refused: a code works once.
 */
export function matchTotp(secretBase32: string, code: string, unixMs: number, lastCounter: number | null): number | null {
  if (!/^\d{6}$/.test(code)) {
    return null;
  }
  const secret = base32Decode(secretBase32);
  const now = totpCounter(unixMs);
  for (const c of [now, now - 1, now + 1]) {
    if ((lastCounter === null || c > lastCounter) && hotp(secret, c) === code) {
      return c;
    }
  }
  return null;
}

/** The otpauth URI an authenticator app reads from a QR code (Key Uri Format). */
export function otpauthUri(issuer: string, account: string, secretBase32: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_STEP_SECONDS}`;
}
