import { describe, expect, it } from 'vitest';
import { submissionKey } from './client';

describe('submissionKey: one Idempotency-Key per submission', () => {
  it('is the same for a second click while the first is in flight and shortly after its answer', () => {
    const first = submissionKey('POST /api/v1/cases {"a":1}');
    const second = submissionKey('POST /api/v1/cases {"a":1}');
    expect(second.key).toBe(first.key);
    first.settle('ok');
    expect(submissionKey('POST /api/v1/cases {"a":1}').key).toBe(first.key);
    expect(submissionKey('POST /api/v1/cases {"a":1}', Date.now() + 11_000).key).not.toBe(first.key);
  });

  it('is kept for the retry of a lost answer, new after a refusal and for another body', () => {
    const lost = submissionKey('POST /api/v1/random-draws {"t":1}');
    lost.settle('lost');
    expect(submissionKey('POST /api/v1/random-draws {"t":1}', Date.now() + 60_000).key).toBe(lost.key);
    const refused = submissionKey('POST /api/v1/inspections {"x":1}');
    refused.settle('refused');
    expect(submissionKey('POST /api/v1/inspections {"x":1}').key).not.toBe(refused.key);
    expect(submissionKey('POST /api/v1/inspections {"x":2}').key).not.toBe(submissionKey('POST /api/v1/inspections {"x":3}').key);
    expect(lost.key).toMatch(/^[0-9a-f]{32}$/);
  });
});
