/**
 * The layering and the size of things, held by a test (docs/ARCHITECTURE.md states the rules):
 * - SQL runs only in repositories (`*.repository.ts`) and the database layer (`db/`): `grep` for `.query(`
 *   finds nothing else in packages/server/src;
 * - no source file in packages/server/src over 400 lines, except the drizzle schema and seed data;
 * - no function over 80 lines outside UI components (web .tsx) and route tables (`*.routes.ts`);
 * - one way to cite the policy: `常政办发〔2025〕5号 第N项` (its text is docs/policy/…), never "policy §N" or
 *   "SPEC §N" or a bare 第N项; the statute by article (第N条, its 款 and 项 are the statute's own).
 * The function rule does not count tests (a test's `describe` is a list of cases, not a function of the
 * product); the SQL and file-size rules do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SERVER_SRC = join(ROOT, 'packages/server/src');
const PACKAGES = ['contracts', 'domain', 'server', 'cli', 'web'].map((p) => join(ROOT, 'packages', p, 'src'));

function sources(dir: string, withTests = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      return d.name === 'node_modules' || d.name === 'migrations' ? [] : sources(p, withTests);
    }
    const test = /\.test\.tsx?$/.test(d.name);
    return /\.tsx?$/.test(d.name) && (withTests || !test) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

const rel = (p: string) => relative(ROOT, p);

/** Where SQL may run: repositories and the database layer. */
const mayQuery = (p: string) => p.endsWith('.repository.ts') || rel(p).startsWith('packages/server/src/db/');

/** The files allowed over 400 lines: seed data. */
const LARGE_BY_NATURE = new Set(['packages/server/src/seed/rules-seed.ts']);

/** Functions of more than `max` lines in a file, by file and name. */
function longFunctions(file: string, max: number): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.end).line;
      const lines = end - start + 1;
      if (lines > max) {
        const name = (node as ts.FunctionDeclaration).name?.getText(sf) ?? `(anonymous at line ${start + 1})`;
        found.push(`${rel(file)}: ${name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every source file of the packages, the browser tests and the benchmarks, tests included, and the locale files. */
function citingFiles(): string[] {
  const locales = join(ROOT, 'packages/web/src/locales');
  const all = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = join(dir, d.name);
      if (d.isDirectory()) {
        return d.name === 'node_modules' || d.name === 'dist' || d.name === 'migrations' ? [] : all(p);
      }
      return /\.(tsx?|json)$/.test(d.name) && (!d.name.endsWith('.json') || p.startsWith(locales)) ? [p] : [];
    });
  return [...PACKAGES, join(ROOT, 'e2e'), join(ROOT, 'bench'), join(ROOT, 'scripts')].flatMap(all);
}

/** Citations of the policy that are not in the one form: the other ways, and a 第N项 without the document before it. */
function strayCitations(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/policy §\d+|SPEC(?:\.md)? §\d+/g)].map((m) => m[0]);
  for (const m of text.matchAll(/第[一二三四五六七八九十]+项/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 14), m.index);
    // A list continues a citation (常政办发〔2025〕5号 第四项、第十二项; 常政办发〔2025〕5号 第六项至第九项); 第N条第M项 is the statute's own item.
    if (!/(常政办发〔2025〕5号 |、|至|条|款)$/.test(before)) {
      found.push(m[0]);
    }
  }
  return found.map((c) => `${rel(file)}: ${c}`);
}

describe('the layering and the size of things', () => {
  it('runs SQL only in repositories and the database layer', () => {
    const offenders = sources(SERVER_SRC, true)
      .filter((p) => !mayQuery(p))
      .filter((p) => /\.(query|exec)\s*(<|\()/.test(readFileSync(p, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('keeps every server source file at 400 lines or fewer, except the schema and seed data', () => {
    const large = sources(SERVER_SRC, true)
      .filter((p) => !LARGE_BY_NATURE.has(rel(p)))
      .map((p) => ({ file: rel(p), lines: readFileSync(p, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400)
      .map((f) => f.file);
    expect(large).toEqual([]);
  });

  it('keeps every function at 80 lines or fewer, outside UI components and route tables', () => {
    const long = PACKAGES.flatMap((dir) => sources(dir))
      .filter((p) => !p.endsWith('.tsx') && !p.endsWith('.routes.ts'))
      .flatMap((p) => longFunctions(p, 80));
    expect(long).toEqual([]);
  });

  it('cites the policy one way, as 常政办发〔2025〕5号 第N项', () => {
    expect(citingFiles().flatMap(strayCitations)).toEqual([]);
  });
});
