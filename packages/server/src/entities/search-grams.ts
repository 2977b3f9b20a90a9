/**
 * The registry's search box: the text its ILIKE reads and its name index (issue 15: entity search by a fragment of the
 * name at province scale).
 *
 * An entity's `search_grams` are the two-character sequences of its name and of its legal representative, each
 * prefixed by its region code, ASCII letters lower-cased, sequences holding ASCII whitespace left out. A GIN index on them
 * finds the entities whose name or representative holds every pair of a query (`search_grams @> …`); the ILIKE over
 * `search_text` then confirms the match exactly, so the index only narrows what the ILIKE reads. Chinese names are
 * searched by two characters or more, which a trigram index (pg_trgm) cannot narrow: it takes three.
 *
 * A query that is one character, has no character beyond ASCII (a fragment of a 统一社会信用代码, which is not in
 * the grams) or holds a non-ASCII letter with case (ILIKE might fold it where the grams do not) is not narrowed: the
 * ILIKE reads the region's rows, as before the index.
 */

const beyondAscii = (c: string) => (c.codePointAt(0) ?? 0) > 0x7f;
/** ASCII whitespace, as the migration that filled the grams of the rows before it (0030) leaves it out. */
const WHITESPACE = /[ \t\n\r\f\v]/;
const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const hasCase = (c: string) => c.toLowerCase() !== c.toUpperCase();

function pairsOf(s: string, into: Set<string>, prefix: string): void {
  const chars = [...foldAscii(s)];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    if (!WHITESPACE.test(pair)) {
      into.add(prefix + pair);
    }
  }
}

/** The text the search box's ILIKE reads: name, USCC and legal representative. */
export const searchTextOf = (e: { name: string; uscc: string; legalRepresentative: string }) =>
  `${e.name} ${e.uscc} ${e.legalRepresentative}`;

/** The grams stored with an entity (its name and legal representative, in its region). */
export function searchGramsOf(regionCode: string, name: string, legalRepresentative: string): string[] {
  const out = new Set<string>();
  pairsOf(name, out, regionCode);
  pairsOf(legalRepresentative, out, regionCode);
  return [...out];
}

/** The grams a query must find in an entity's, or null when the query is not narrowed by them (see the module's comment). */
export function queryGrams(regionCode: string, q: string): string[] | null {
  const chars = [...q];
  if (chars.length < 2 || !chars.some(beyondAscii) || chars.some((c) => beyondAscii(c) && hasCase(c))) {
    return null;
  }
  const out = new Set<string>();
  pairsOf(q, out, regionCode);
  return out.size > 0 ? [...out] : null;
}

/** A text[] literal of `grams` (each element quoted), for COPY and for a `::text[]` cast of a text parameter. */
export function textArrayLiteral(grams: readonly string[]): string {
  return `{${grams.map((g) => `"${g.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
