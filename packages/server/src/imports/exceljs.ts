/**
 * exceljs, loaded with one fix. Its streaming reader decodes each decompressed chunk of XML on its own
 * (`TextDecoder.decode(chunk)` without `stream`), so a Chinese character cut between two chunks turns
 * into U+FFFD — a few cells in every 10,000 rows of a large sheet. Before exceljs loads, its SAX helper
 * is replaced here by the same code with a streaming decoder. Every use of exceljs in the server goes
 * through this module.
 */
import Module, { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';

const require = createRequire(import.meta.url);
const saxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require('saxes') as typeof import('saxes');

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(input: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error: Error | null = null;
  let events: SaxEvent[] = [];
  parser.on('error', (err) => {
    error = err;
  });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of input) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) {
      throw error;
    }
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) {
    parser.write(rest);
    yield events;
  }
}

const cache = require.cache as Record<string, NodeJS.Module | undefined>;
if (!cache[saxPath]) {
  const m = new Module(saxPath) as NodeJS.Module & { loaded: boolean };
  m.filename = saxPath;
  m.loaded = true;
  m.exports = parseSax;
  cache[saxPath] = m;
}

const ExcelJS = require('exceljs') as typeof ExcelJSType;
export default ExcelJS;
export type { ExcelJSType };
