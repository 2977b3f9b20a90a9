import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerWebApp } from './web-app';

describe('[HTTP][LOG] the request log', () => {
  it('logs API requests but not every static asset (issue 14 defect 13)', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'rouxing-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const lines: { msg?: string; req?: { url?: string } }[] = [];
    const stream = { write: (l: string) => lines.push(JSON.parse(l)) };
    const app = Fastify({ logger: { level: 'info', stream } });
    app.get('/api/v1/ping', async () => ({ ok: true }));
    await registerWebApp(app, dist);
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/ping' })).statusCode).toBe(200);
    await app.close();
    const urls = lines.filter((l) => l.msg === 'incoming request').map((l) => l.req?.url);
    expect(urls).toContain('/api/v1/ping');
    expect(urls).not.toContain('/assets/app.js');
  });
});
