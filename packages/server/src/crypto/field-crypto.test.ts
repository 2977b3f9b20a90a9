import { describe, expect, it } from 'vitest';
import { createFieldCrypto } from './field-crypto';

describe('[PRIVACY] field encryption', () => {
  const c = createFieldCrypto(Buffer.alloc(32, 3));
  it('round-trips, with a fresh IV each time', () => {
    const a = c.encrypt('430482199001011234');
    const b = c.encrypt('430482199001011234');
    expect(a).not.toBe(b);
    expect(c.decrypt(a)).toBe('430482199001011234');
    expect(c.decrypt(c.encrypt('13800001111'))).toBe('13800001111');
  });
  it('refuses a tampered ciphertext or another key', () => {
    const a = Buffer.from(c.encrypt('13800001111'), 'base64');
    a[a.length - 1] ^= 1;
    expect(() => c.decrypt(a.toString('base64'))).toThrow();
    expect(() => createFieldCrypto(Buffer.alloc(32, 4)).decrypt(c.encrypt('x'))).toThrow();
  });
});

describe('[PRIVACY] look-up hash of an identifier stored encrypted', () => {
  const c = createFieldCrypto(Buffer.alloc(32, 3));
  it('is the same for the same number however it was typed, differs by number and by key, and is not the field key', () => {
    const h = c.lookupHash('11010519491231002X');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(c.lookupHash(' 11010519491231002x ')).toBe(h);
    expect(c.lookupHash('430482199001011236')).not.toBe(h);
    expect(createFieldCrypto(Buffer.alloc(32, 4)).lookupHash('11010519491231002X')).not.toBe(h);
  });
});
