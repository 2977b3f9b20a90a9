// The worker thread of `loadInWorker` (load.ts): runs `load` over the requests it is given and posts the result back.
// JavaScript, since a worker thread does not inherit the `--import tsx` of the bench's process: it registers tsx itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { load } = await import('./load.ts');
const { port, connections, requests } = workerData;
const r = await load({ port, connections, total: requests.length, request: (i) => requests[i] });
parentPort?.postMessage({ ...r, statuses: [...r.statuses] });
