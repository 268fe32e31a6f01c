// The native parts of the standard-library modules that are not Python-visible on their own:
// SHA-512 (random's str seeds) against Node's own implementation, and the Mersenne Twister's
// seeding checked through whole programs against CPython's recorded outputs in tests/diff.

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha512 } from '../../src/runtime/modules/random/sha512';
import { MersenneTwister } from '../../src/runtime/modules/random/mersenne';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('random: SHA-512 for str seeds', () => {
  it('matches node:crypto for empty, short, block-boundary and multi-block inputs', () => {
    for (const len of [0, 1, 3, 55, 111, 112, 127, 128, 129, 255, 1000]) {
      const msg = new Uint8Array(len).map((_, i) => (i * 31 + len) & 0xff);
      expect(hex(sha512(msg))).toBe(createHash('sha512').update(msg).digest('hex'));
    }
  });
});

describe('random: the Mersenne Twister', () => {
  it('seeds an int from its 32-bit words: 2**32 + 5 differs from 5 and from 2**32', () => {
    const draw = (n: bigint) => {
      const mt = new MersenneTwister();
      mt.seedInt(n);
      return mt.random();
    };
    expect(draw(5n)).not.toBe(draw((1n << 32n) + 5n));
    expect(draw(1n << 32n)).not.toBe(draw(0n));
    expect(draw(42n)).toBe(draw(42n));
  });
  it('getrandbits(k) keeps only the high bits of a 32-bit draw and fills big values word by word', () => {
    const a = new MersenneTwister();
    const b = new MersenneTwister();
    a.seedInt(7n);
    b.seedInt(7n);
    expect(a.getrandbits(8)).toBe(b.genrandUint32() >>> 24);
    const w0 = BigInt(b.genrandUint32());
    const w1 = BigInt(b.genrandUint32() >>> 24);
    expect(a.getrandbits(40)).toBe((w1 << 32n) | w0);
  });
});
