import { fillRandom } from '../crypto/random-pool';

/**
 * UUIDv7 (RFC 9562 §5.7), made by the application (PG 15 has no uuidv7()): 48-bit Unix milliseconds,
 * then a 12-bit counter in rand_a that keeps ids from one process ordered within a millisecond
 * (method 1 of §6.2), then 62 random bits.
 */
let lastMs = 0;
let counter = 0;
const buf = Buffer.alloc(16);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter++;
    if (counter > 0xfff) {
      // Counter exhausted within one millisecond: borrow the next millisecond.
      lastMs++;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  buf[0] = Math.floor(ms / 2 ** 40) & 0xff;
  buf[1] = Math.floor(ms / 2 ** 32) & 0xff;
  buf[2] = (ms >>> 24) & 0xff;
  buf[3] = (ms >>> 16) & 0xff;
  buf[4] = (ms >>> 8) & 0xff;
  buf[5] = ms & 0xff;
  buf[6] = 0x70 | (counter >>> 8);
  buf[7] = counter & 0xff;
  fillRandom(buf, 8, 8);
  buf[8] = 0x80 | (buf[8] & 0x3f);
  let s = '';
  for (let i = 0; i < 16; i++) {
    s += HEX[buf[i] as number];
    if (i === 3 || i === 5 || i === 7 || i === 9) {
      s += '-';
    }
  }
  return s;
}
