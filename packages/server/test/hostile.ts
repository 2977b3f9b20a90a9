/**
 * fast-check arbitraries for the fuzz suite (src/security/fuzz.test.ts): hostile and random request bodies —
 * shaped after a route's JSON schema where it has one — query strings and path parameters.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** Values that have broken servers: injections, unstorable text, huge and odd numbers, wrong types. */
const NASTY = [
  "' OR '1'='1' --",
  "'; DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '../../../../etc/passwd',
  '%00',
  `\${7*7}{{7*7}}`, // a template-injection probe, sent as text
  'x'.repeat(70_000),
  '9'.repeat(400),
  '-1',
  '1e308',
  'NaN',
  '2026-02-30',
  '0000-00-00T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  '430482199001011236',
  '91430482MA4L00000X',
  '\u202e\u200b\ufeff',
  '🙂'.repeat(50),
  '__proto__',
  'constructor',
];

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>(...NASTY),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.constantFrom<unknown>(-1, 0, 2 ** 53, -(2 ** 63), 1e308, -0, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: unknown[] };

/** The JSON schema of a route's zod schema (input side), or null when it has none. */
export function jsonSchemaOf(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) {
    return null;
  }
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return null;
  }
}

/** An object with some of the schema's fields (nested objects one level down), each hostile or a wrong type. */
function shaped(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties ?? {});
  if (props.length === 0) {
    return hostileValue;
  }
  const fields = Object.fromEntries(
    props.map(([k, p]) => [k, depth < 1 && p.properties ? fc.oneof(shaped(p, depth + 1), hostileValue) : hostileValue]),
  );
  return fc.record(fields, { requiredKeys: [] });
}

/** A raw JSON body (a string, so that broken JSON and duplicate or prototype keys reach the server). */
export function hostileBody(schema: unknown): fc.Arbitrary<string> {
  const js = jsonSchemaOf(schema);
  return fc.oneof(
    (js ? shaped(js) : hostileValue).map((v) => JSON.stringify(v) ?? 'null'),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '{',
      '{"a":',
      '[1,2',
      'null',
      '""',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"a":1,"a":2}',
      `{"deep":${'['.repeat(2000)}${']'.repeat(2000)}}`,
    ),
  );
}

/** Percent-encodes every byte of the text's UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it). */
const enc = (s: string) => Array.from(Buffer.from(s, 'utf8'), (b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** A query string of random keys (and the schema's keys) with hostile values. */
export function hostileQuery(schema: unknown): fc.Arbitrary<string> {
  const keys = Object.keys(jsonSchemaOf(schema)?.properties ?? {});
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })) : fc.string({ maxLength: 6 });
  const val = fc.oneof(fc.constantFrom(...NASTY.filter((n) => n.length < 1000)), fc.string({ unit: 'binary', maxLength: 20 }));
  return fc.array(fc.tuple(key, val), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'));
}

/** A path parameter: a uuid, random text, or a traversal/injection attempt (URL-encoded). */
export const hostileParam: fc.Arbitrary<string> = fc
  .oneof(
    fc.uuid(),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    fc.constantFrom('..', "1' OR '1'='1", '%00', 'a'.repeat(900), '-1', '0'),
  )
  .map(enc);
