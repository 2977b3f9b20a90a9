import { EntityInputSchema } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { industryName } from '../reference/industries';
import { checkUscc } from '../uscc/uscc';
import { createEntityGenerator } from './entity-generator';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idValid = (id: string) =>
  '10X98765432'[[...id.slice(0, 17)].reduce((s, d, i) => s + Number(d) * (ID_WEIGHTS[i] as number), 0) % 11] === id[17];

describe('[SYNTHETIC] entity generator', () => {
  it('makes entities that pass the registry schema, with valid codes and known industries', () => {
    const g = createEntityGenerator(1);
    for (let i = 0; i < 2000; i++) {
      const e = g.next();
      expect(EntityInputSchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
      expect(checkUscc(e.uscc).valid).toBe(true);
      expect(industryName(e.industryCode)).not.toBeNull();
      if (e.legalRepresentativeIdNo) {
        expect(idValid(e.legalRepresentativeIdNo)).toBe(true);
      }
    }
  });
  it('is reproducible by seed, differs across seeds, and never repeats a code', () => {
    const a = createEntityGenerator(7);
    const b = createEntityGenerator(7);
    const c = createEntityGenerator(8);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(xs);
    const g = createEntityGenerator(3, { regionCodes: ['430482'] });
    const codes = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      codes.add(g.next().uscc);
    }
    expect(codes.size).toBe(200_000);
  });
});
