import {
  CASE_ACTIONS,
  CASE_STATES,
  type CaseAction,
  type CaseState,
  DELIVERY_METHODS,
  MEASURE_TYPES,
  type Role,
  TERMINATION_GROUNDS,
} from '@rouxing/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, permissionsOf } from '../access/access';
import { addDays } from '../dates/calendar';
import { archiveChecklistProblems, requiredArchiveMaterials } from './archive';
import { applyCaseAction, assertTransition, type CaseCommand, type CaseSnapshot, nextState, transitionProblem } from './lifecycle';
import { MEASURE_TYPE_SPECS, type MeasureDraft } from './measures';

const PARTY = '91430482MA4L0XXX0Q';
const actor = (userId: string, roles: Role[], over: Partial<Actor> = {}): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  permissions: new Set(permissionsOf(roles)),
  regionCode: '430482',
  departmentId: roles.includes('enterprise') ? null : 'ga',
  entityUscc: roles.includes('enterprise') ? PARTY : null,
  ...over,
});
const ACTORS = [
  actor('o1', ['officer']),
  actor('o2', ['officer']),
  actor('r1', ['reviewer']),
  actor('r2', ['reviewer']),
  actor('p1', ['enterprise']),
  actor('p2', ['enterprise'], { entityUscc: '91430482MA4L0YYY0Q' }),
  actor('o9', ['officer'], { departmentId: 'scjg' }),
  actor('s1', ['supervisor'], { departmentId: 'sfj' }),
];

/** One attempted action: which, by whom, a variant that picks its input, and how many days after the last one. */
interface Attempt {
  action: CaseAction;
  who: number;
  variant: number;
  days: number;
}
const attempt: fc.Arbitrary<Attempt> = fc.record({
  // Termination ends most paths early: it is drawn less often, so that the long paths get walked too.
  action: fc.oneof(
    { arbitrary: fc.constantFrom(...CASE_ACTIONS.filter((a) => a !== 'start' && a !== 'terminate')), weight: 12 },
    { arbitrary: fc.constant('terminate' as const), weight: 1 },
  ),
  // Mostly the case's own people (0–4), now and then a stranger (5–7).
  who: fc.oneof({ arbitrary: fc.nat(4), weight: 6 }, { arbitrary: fc.integer({ min: 5, max: ACTORS.length - 1 }), weight: 1 }),
  variant: fc.nat(1000),
  days: fc.integer({ min: -2, max: 12 }),
});

function measureDraft(variant: number, on: string, kase: CaseSnapshot): MeasureDraft {
  // One draw in four is a commitment, the measure with the longest path.
  const type = variant % 4 === 1 ? 'commitment' : (MEASURE_TYPES[variant % MEASURE_TYPES.length] as (typeof MEASURE_TYPES)[number]);
  const id = `m${variant % 5}`;
  switch (type) {
    case 'interview':
      return { id, type, interview: { mode: 'individual', departmentIds: [kase.departmentId], leadDepartmentId: kase.departmentId } };
    case 'commitment':
      return { id, type, deadline: addDays(on, (variant % 10) - 1) };
    case 'community_service_offset':
      return {
        id,
        type,
        offset: {
          rule: { departmentId: 'ga', field: 'public_security', yuanPerHour: 50, capYuan: 200, capPercentOfFine: null },
          fineYuan: 200,
          verifiedHours: variant % 6,
          minorViolation: variant % 7 !== 0,
          penaltyDecisionNo: '常公罚〔2026〕8号',
        },
      };
    case 'administrative_reminder':
    case 'administrative_suggestion':
      return { id, type, oral: variant % 2 === 0 };
    default:
      return { id, type };
  }
}

/** The input an attempt makes, some of it deliberately wrong. */
function command(a: Attempt, kase: CaseSnapshot, who: Actor): CaseCommand {
  const on = addDays(kase.lastActionOn, a.days);
  const v = a.variant;
  const exception = v % 4 === 0 ? { ground: 'prohibited_by_law' as const, reason: '依法禁止' } : null;
  switch (a.action) {
    case 'serve_notice':
      return {
        action: a.action,
        input: {
          on,
          delivery: DELIVERY_METHODS[v % DELIVERY_METHODS.length] as (typeof DELIVERY_METHODS)[number],
          choiceDeadline: addDays(on, v % 4),
          electronicConsent: v % 3 !== 0,
        },
      };
    case 'record_choice':
      return { action: a.action, input: { on, choice: v % 2 === 0 ? 'accept' : 'decline', deemed: v % 5 === 0 } };
    case 'record_measure':
      return {
        action: a.action,
        input: { on, measure: measureDraft(v, on, kase), draftedBy: v % 3 === 0 ? who.userId : 'o1', observationException: exception },
      };
    case 'fulfil_commitment':
      return { action: a.action, input: { on, fulfilledOn: addDays(on, -(v % 6)) } };
    case 'terminate': {
      const ground = TERMINATION_GROUNDS[v % TERMINATION_GROUNDS.length] as (typeof TERMINATION_GROUNDS)[number];
      return {
        action: a.action,
        input: {
          on,
          ground,
          reason: v % 2 === 0 ? '' : '书面理由',
          proposedBy: v % 7 === 0 ? who.userId : 'o1',
          handOverToGeneralProcedure: ground === 'general_procedure' ? v % 9 !== 0 : v % 3 === 0,
          observationException: exception,
        },
      };
    }
    case 'archive': {
      const required = requiredArchiveMaterials(kase.measures, kase);
      return { action: a.action, input: { on, materials: v % 3 === 0 ? required.slice(1) : required } };
    }
    default:
      return { action: a.action, input: { on } } as CaseCommand;
  }
}

const scenario = fc.record({
  onApplication: fc.boolean(),
  observed: fc.boolean(),
  attempts: fc.array(attempt, { minLength: 1, maxLength: 60, size: 'max' }),
});

describe('[CASE][LIFECYCLE] invariants over any sequence of attempted actions', () => {
  it('never records a measure before a recorded choice to accept; archived is final; every step is in the table', () => {
    const reached = new Set<CaseState>();
    fc.assert(
      fc.property(scenario, ({ onApplication, observed, attempts }) => {
        const start = applyCaseAction(null, 'start', onApplication ? (ACTORS[4] as Actor) : (ACTORS[0] as Actor), {
          on: '2026-03-01',
          caseId: 'k1',
          origin: onApplication ? 'on_application' : 'ex_officio',
          regionCode: '430482',
          departmentId: 'ga',
          partyUscc: PARTY,
          observationPeriods: observed ? [{ start: '2026-01-01', end: '2026-06-30' }] : [],
        });
        expect(start.ok).toBe(true);
        let kase = (start as { case: CaseSnapshot }).case;
        const log: CaseAction[] = ['start'];
        for (const a of attempts) {
          const who = ACTORS[a.who] as Actor;
          const c = command(a, kase, who);
          const wasArchived = kase.state === 'archived';
          const r = applyCaseAction(kase, c.action, who, c.input as never);
          if (wasArchived) {
            expect(r.ok).toBe(false);
          }
          if (!r.ok) {
            expect(r.problem.length).toBeGreaterThan(0);
            continue;
          }
          // Every allowed step: in the table, as nextState says, dated no earlier than the last.
          expect(() => assertTransition(r.from, r.to)).not.toThrow();
          expect(nextState(kase, c.action, c.input as never)).toBe(r.to);
          expect(r.case.lastActionOn >= kase.lastActionOn).toBe(true);
          expect(['s1', 'o9', 'p2']).not.toContain(who.userId);
          if (c.action === 'archive') {
            expect(archiveChecklistProblems(kase.measures, c.input.materials, kase)).toEqual([]);
          }
          kase = r.case;
          log.push(c.action);
          reached.add(kase.state);

          // No measure before the notice was served and the party's choice to accept was recorded.
          if (c.action === 'record_measure') {
            const choiceAt = log.indexOf('record_choice');
            expect(log.indexOf('serve_notice')).toBeGreaterThan(-1);
            expect(choiceAt).toBeGreaterThan(log.indexOf('serve_notice'));
            expect(kase.choice?.choice).toBe('accept');
          }
          if (kase.measures.length > 0) {
            expect(kase.notice).not.toBeNull();
            expect(kase.choice?.choice).toBe('accept');
            expect(kase.measures.every((m) => m.on >= (kase.choice?.on ?? '9999'))).toBe(true);
          }
          for (const m of kase.measures) {
            expect(m.approvedBy !== null).toBe(MEASURE_TYPE_SPECS[m.type].approval !== null);
            expect(m.approvedBy === null || m.approvedBy !== m.recordedBy).toBe(true);
          }
          // Terminations: approved by someone other than the proposer, ground 1 only for applications withdrawn.
          if (kase.termination) {
            expect(kase.termination.approvedBy).not.toBe(kase.termination.proposedBy);
            if (kase.termination.ground === 'withdrawn') {
              expect(kase.origin).toBe('on_application');
              expect(kase.applicationWithdrawnOn).not.toBeNull();
            }
            if (kase.termination.ground === 'other') {
              expect(kase.termination.reason).not.toBe('');
            }
            const inPeriod = observed && kase.termination.on <= '2026-06-30';
            if (inPeriod && kase.termination.handOverToGeneralProcedure) {
              expect(kase.termination.observationException).not.toBeNull();
            }
          }
          expect(CASE_STATES).toContain(kase.state);
        }
        // Archived is final: nothing at all is allowed afterwards; the department and the party are told so,
        // anyone else that the case is not theirs.
        if (kase.state === 'archived') {
          for (const a of CASE_ACTIONS.filter((x) => x !== 'start')) {
            for (const who of ACTORS) {
              const c = command({ action: a, who: 0, variant: 1, days: 1 }, kase, who);
              const stranger = ['s1', 'o9', 'p2'].includes(who.userId);
              expect(transitionProblem(kase, c.action, who, c.input as never)).toBe(
                stranger
                  ? who.roles.includes('enterprise')
                    ? '只能处理本企业的案件'
                    : '只能处理本部门的案件'
                  : '案件已归档，不能再作任何处理',
              );
            }
          }
        }
      }),
      { numRuns: 400 },
    );
    // The generator does reach every state, so the invariants above are exercised on all of them.
    expect(CASE_STATES.filter((s) => s !== 'started' && !reached.has(s))).toEqual([]);
  });
});
