import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (the CLI runs from its sources). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_ROOT = join(REPO_ROOT, 'packages/web');
export const WEB_DIST = join(WEB_ROOT, 'dist');
