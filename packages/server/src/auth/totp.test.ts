import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, totpCode } from './totp';

// RFC 6238 Appendix B (SHA-1): the ASCII secret "12345678901234567890", 8 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));

describe('[AUTH][TOTP] RFC 4226 and RFC 6238 test vectors', () => {
  it('HOTP values of RFC 4226 Appendix D', () => {
    const secret = Buffer.from('12345678901234567890', 'ascii');
    expect([0, 1, 2, 3, 9].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152', '969429', '520489']);
  });
  it('TOTP values of RFC 6238 Appendix B (SHA-1, 8 digits)', () => {
    expect(totpCode(RFC_SECRET, 59_000, 8)).toBe('94287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000, 8)).toBe('07081804');
    expect(totpCode(RFC_SECRET, 1_234_567_890_000, 8)).toBe('89005924');
    expect(totpCode(RFC_SECRET, 20_000_000_000_000, 8)).toBe('65353130');
  });
  it('base32 round trip', () => {
    expect(base32Decode(RFC_SECRET).toString('ascii')).toBe('12345678901234567890');
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
  it('accepts this step and one either side, once', () => {
    const t = 1_765_000_000_000;
    const code = totpCode(RFC_SECRET, t);
    const used = matchTotp(RFC_SECRET, code, t + 30_000, null);
    expect(used).not.toBeNull();
    expect(matchTotp(RFC_SECRET, code, t + 90_000, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, code, t, used)).toBeNull();
    expect(matchTotp(RFC_SECRET, '12345', t, null)).toBeNull();
  });
});
