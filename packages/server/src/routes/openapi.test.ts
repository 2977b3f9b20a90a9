/**
 * Every operation of the API description declares the shape of its success reply (a `response` schema
 * from contracts), so that the description at /api/docs is the whole contract of the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

/**
 * Operations still without a declared reply (structure issue 10, being worked off; the list only shrinks:
 * an entry that now has its schema fails the test until it is removed here).
 */
const PENDING = new Set<string>([
  'GET /api/v1/violation-items/template.xlsx',
  'GET /api/v1/no-penalty-lists/template.xlsx',
  'GET /api/v1/public/no-penalty-lists.csv',
  'GET /api/v1/public/no-penalty-lists.xlsx',
  'GET /api/v1/inspection-metrics',
  'GET /api/v1/public/random-draws',
  'GET /api/v1/public/complaint-items',
  'POST /api/v1/public/complaints',
  'POST /api/v1/monitoring-alerts',
  'GET /api/v1/triggered-tasks',
  'GET /api/v1/inspections/{id}/code.png',
  'GET /api/v1/cases',
  'POST /api/v1/cases',
  'GET /api/v1/cases/{id}',
  'POST /api/v1/cases/{id}/notice',
  'POST /api/v1/cases/{id}/choice',
  'POST /api/v1/cases/{id}/withdraw',
  'POST /api/v1/cases/{id}/measures',
  'POST /api/v1/cases/{id}/proposal',
  'POST /api/v1/cases/{id}/fulfil',
  'POST /api/v1/cases/{id}/complete',
  'POST /api/v1/cases/{id}/termination',
  'POST /api/v1/cases/{id}/archive',
  'GET /api/v1/cases/{id}/archive.zip',
  'POST /api/v1/cases/{id}/materials',
  'GET /api/v1/cases/{id}/materials/{materialId}/file',
  'GET /api/v1/case-documents/{id}/file',
  'POST /api/v1/deliveries/{id}/proof',
  'GET /api/v1/follow-ups',
  'POST /api/v1/follow-ups/{id}',
  'GET /api/v1/todo',
  'POST /api/v1/portal/cases',
  'POST /api/v1/portal/cases/{id}/commitment/sign',
  'POST /api/v1/portal/deliveries/{id}/receive',
  'POST /api/v1/portal/follow-ups/{id}',
  'GET /api/v1/portal/delivery-consent',
  'POST /api/v1/portal/delivery-consent',
  'GET /api/v1/observation-periods',
  'POST /api/v1/observation-periods',
  'POST /api/v1/observation-periods/{id}/decision',
  'POST /api/v1/cases/{id}/guiding-case',
  'GET /api/v1/public/guiding-cases',
  'GET /api/v1/document-templates',
  'GET /api/v1/document-templates/{docType}/default.docx',
  'POST /api/v1/document-templates/{docType}',
  'POST /api/v1/document-templates/{docType}/revert',
  'GET /api/v1/follow-up-settings',
  'PUT /api/v1/follow-up-settings',
  'GET /api/v1/service-offset-rule',
  'PUT /api/v1/service-offset-rule',
  'GET /api/v1/guidance-campaigns',
  'POST /api/v1/guidance-campaigns',
  'POST /api/v1/guidance-campaigns/preview',
  'GET /api/v1/portal/guidance',
  'GET /api/v1/portal/guidance/{id}/file',
]);

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe('the API description', () => {
  it('declares a success reply with its content for every operation', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = r.json() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
    const without: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const success = Object.entries(op.responses ?? {}).filter(([code, reply]) => code.startsWith('2') && reply.content);
        if (success.length === 0) {
          without.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(100);
    expect(without.filter((o) => !PENDING.has(o))).toEqual([]);
    expect([...PENDING].filter((o) => !without.includes(o))).toEqual([]);
  });
});
