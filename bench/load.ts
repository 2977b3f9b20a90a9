/**
 * A small HTTP load generator for the benchmarks: `connections` keep-alive connections, each sending
 * its next request as soon as the previous answer arrives, until `total` requests are answered.
 * Latencies are kept per request for percentiles.
 */
import http from 'node:http';

export interface LoadResult {
  seconds: number;
  requestsPerSecond: number;
  statuses: Map<number, number>;
  /** Milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Indices (0…total−1) of the requests answered 2xx. */
  acknowledged: number[];
  /** Milliseconds, by request index (for percentiles of a subset). */
  latencies: Float64Array;
  /** Status, by request index. */
  statusOf: Uint16Array;
}

export async function load(opts: {
  port: number;
  connections: number;
  total: number;
  request: (i: number) => { method: string; path: string; headers?: Record<string, string>; body?: string };
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies = new Float64Array(opts.total);
  const statusOf = new Uint16Array(opts.total);
  const statuses = new Map<number, number>();
  const acknowledged: number[] = [];
  let next = 0;
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const r = opts.request(i);
      const started = performance.now();
      const req = http.request(
        {
          host: '127.0.0.1',
          port: opts.port,
          method: r.method,
          path: r.path,
          agent,
          headers: { ...(r.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) } : {}), ...r.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies[i] = performance.now() - started;
            const s = res.statusCode ?? 0;
            statusOf[i] = s;
            statuses.set(s, (statuses.get(s) ?? 0) + 1);
            if (s >= 200 && s < 300) {
              acknowledged.push(i);
            }
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (next < opts.total) {
        const i = next++;
        await one(i);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return {
    seconds,
    requestsPerSecond: opts.total / seconds,
    statuses,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    acknowledged,
    latencies,
    statusOf,
  };
}

/** One request of a precomputed list (what `loadInWorker` sends). */
export interface PlannedRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * `load` in a worker thread of its own, over a list of requests made beforehand: the server measured keeps its
 * event loop to itself, and a latency is not lengthened by the generator's own turn on the loop it shares with the
 * server (issue 15: the pages bench measured both in one loop). Same result as `load`.
 */
export async function loadInWorker(opts: { port: number; connections: number; requests: readonly PlannedRequest[] }): Promise<LoadResult> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
    workerData: { port: opts.port, connections: opts.connections, requests: opts.requests },
  });
  try {
    const r = await new Promise<Omit<LoadResult, 'statuses'> & { statuses: [number, number][] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`load worker exited with ${code}`)));
    });
    return { ...r, statuses: new Map(r.statuses) };
  } finally {
    await worker.terminate();
  }
}
