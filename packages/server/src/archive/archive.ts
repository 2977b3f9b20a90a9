/**
 * The 案卷 (case file) as a zip that anyone can check offline (DESIGN.md "Records that can be trusted"):
 *
 *   manifest.json   format, subject, time, every file's path, SHA-256 and size, the events' hash and the
 *                   chain head
 *   events.json     the subject's hash-chained events
 *   files/…         documents, photos, recordings, electronic data
 *
 * `rouxing verify --archive FILE` (or any sha256 tool) recomputes every file hash and the event chain and
 * names any file that was altered, removed or added.
 */
import PizZip from 'pizzip';
import { canonicalJson, chainHash, sha256Hex } from '../records/canonical';
import { eventHashFields, type StoredEvent } from '../records/event.repository';

export const ARCHIVE_FORMAT = 'rouxing-archive/1';

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  subject: { type: string; id: string; title: string; regionCode: string };
  createdAt: string;
  files: { path: string; sha256: string; size: number }[];
  eventsSha256: string;
  chainHead: { seq: number; hash: string } | null;
}

export interface ArchiveInput {
  subject: ArchiveManifest['subject'];
  createdAt: string;
  /** Paths inside `files/`, e.g. `文书/告知书（常市监告〔2026〕1号）.docx`. */
  files: { path: string; data: Buffer }[];
  events: StoredEvent[];
}

export function buildArchiveZip(input: ArchiveInput): { zip: Buffer; manifest: ArchiveManifest } {
  const zip = new PizZip() as PizZip & { file(name: string, data: Buffer | string): unknown };
  const eventsJson = `${JSON.stringify(input.events, null, 2)}\n`;
  const files = input.files.map((f) => ({ path: `files/${f.path}`, sha256: sha256Hex(f.data), size: f.data.length }));
  const last = input.events.at(-1);
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    subject: input.subject,
    createdAt: input.createdAt,
    files,
    eventsSha256: sha256Hex(eventsJson),
    chainHead: last ? { seq: last.seq, hash: last.hash } : null,
  };
  for (const f of input.files) {
    zip.file(`files/${f.path}`, f.data);
  }
  zip.file('events.json', eventsJson);
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { zip: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}

export interface ArchiveProblem {
  path: string;
  problem: 'altered' | 'missing' | 'unexpected' | 'chain_broken' | 'unreadable';
  message: string;
}

export interface ArchiveReport {
  ok: boolean;
  subject: ArchiveManifest['subject'] | null;
  filesChecked: number;
  eventsChecked: number;
  chainHead: ArchiveManifest['chainHead'];
  problems: ArchiveProblem[];
}

/** Checks an archive zip offline: every file against the manifest, the events against their chain. */
export function verifyArchiveZip(data: Buffer): ArchiveReport {
  const report: ArchiveReport = { ok: false, subject: null, filesChecked: 0, eventsChecked: 0, chainHead: null, problems: [] };
  let zip: PizZip;
  try {
    zip = new PizZip(data);
  } catch {
    report.problems.push({ path: '(zip)', problem: 'unreadable', message: '文件不是有效的zip案卷' });
    return report;
  }
  const manifestFile = zip.file('manifest.json');
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(manifestFile?.asText() ?? '') as ArchiveManifest;
    if (manifest.format !== ARCHIVE_FORMAT) {
      throw new Error('format');
    }
  } catch {
    report.problems.push({ path: 'manifest.json', problem: 'unreadable', message: '缺少或无法读取案卷清单 manifest.json' });
    return report;
  }
  report.subject = manifest.subject;
  report.chainHead = manifest.chainHead;
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const entry = zip.file(f.path);
    if (!entry) {
      report.problems.push({ path: f.path, problem: 'missing', message: `缺少文件：${f.path}` });
      continue;
    }
    const buf = entry.asNodeBuffer();
    report.filesChecked++;
    if (sha256Hex(buf) !== f.sha256 || buf.length !== f.size) {
      report.problems.push({ path: f.path, problem: 'altered', message: `文件已被改动：${f.path}（SHA-256与清单不符）` });
    }
  }
  for (const name of Object.keys(zip.files)) {
    const e = zip.files[name];
    if (e && !e.dir && name !== 'manifest.json' && name !== 'events.json' && !listed.has(name)) {
      report.problems.push({ path: name, problem: 'unexpected', message: `清单外的文件：${name}` });
    }
  }
  const eventsFile = zip.file('events.json');
  if (!eventsFile) {
    report.problems.push({ path: 'events.json', problem: 'missing', message: '缺少全过程记录 events.json' });
  } else {
    const text = eventsFile.asNodeBuffer();
    if (sha256Hex(text) !== manifest.eventsSha256) {
      report.problems.push({ path: 'events.json', problem: 'altered', message: '全过程记录 events.json 已被改动（SHA-256与清单不符）' });
    }
    let prev: string | null = null;
    let events: StoredEvent[] = [];
    try {
      events = JSON.parse(text.toString('utf8')) as StoredEvent[];
    } catch {
      report.problems.push({ path: 'events.json', problem: 'unreadable', message: '全过程记录 events.json 无法读取' });
    }
    for (const e of events) {
      report.eventsChecked++;
      if (e.prevHash !== prev || chainHash(prev, eventHashFields(e)) !== e.hash) {
        report.problems.push({ path: 'events.json', problem: 'chain_broken', message: `全过程记录第${e.seq}条（${e.type}）的哈希链断裂` });
        break;
      }
      prev = e.hash;
    }
    const last = events.at(-1);
    if (manifest.chainHead && (!last || last.hash !== manifest.chainHead.hash)) {
      report.problems.push({ path: 'events.json', problem: 'chain_broken', message: '全过程记录的链尾与清单不符' });
    }
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** The canonical JSON of a manifest, whose hash the archiving event records. */
export const manifestHash = (m: ArchiveManifest) => sha256Hex(canonicalJson(m));
