/**
 * Content-addressed file store (DESIGN.md "Records"): a file is kept under its SHA-256 and never
 * overwritten or deleted by the application. A local folder by default.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredBlob {
  sha256: string;
  size: number;
}

export interface BlobStore {
  /** Streams `source` into the store; returns its hash and size. */
  put(source: Readable, opts?: { maxBytes?: number }): Promise<StoredBlob>;
  open(sha256: string): Readable;
  /** The whole file (documents, templates, archive members: small enough to hold). */
  read(sha256: string): Promise<Buffer>;
  path(sha256: string): string;
  has(sha256: string): boolean;
}

export class BlobTooLargeError extends Error {}

export function createLocalBlobStore(root: string): BlobStore {
  const pathOf = (h: string) => join(root, h.slice(0, 2), h.slice(2, 4), h);
  return {
    async put(source, opts = {}) {
      const tmpDir = join(root, 'tmp');
      await mkdir(tmpDir, { recursive: true });
      const tmp = join(tmpDir, randomBytes(12).toString('hex'));
      const hash = createHash('sha256');
      let size = 0;
      const max = opts.maxBytes ?? Number.POSITIVE_INFINITY;
      source.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
        if (size > max) {
          source.destroy(new BlobTooLargeError(`文件超过大小限制（${Math.floor(max / 1024 / 1024)} MB）`));
        }
      });
      try {
        await pipeline(source, createWriteStream(tmp));
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      const sha256 = hash.digest('hex');
      const dest = pathOf(sha256);
      if (existsSync(dest)) {
        await rm(tmp, { force: true });
      } else {
        await mkdir(join(dest, '..'), { recursive: true });
        await rename(tmp, dest);
      }
      return { sha256, size: (await stat(dest)).size };
    },
    open: (h) => createReadStream(pathOf(h)),
    read: (h) => readFile(pathOf(h)),
    path: pathOf,
    has: (h) => existsSync(pathOf(h)),
  };
}
