import { MEASURE_TYPES } from '@rouxing/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArchiveCaseFacts, type ArchiveMaterial, archiveChecklistProblems, requiredArchiveMaterials } from './archive';
import type { RecordedMeasure } from './measures';

const measure = (id: string, type: RecordedMeasure['type'], over: Partial<RecordedMeasure> = {}): RecordedMeasure => ({
  id,
  type,
  on: '2026-03-02',
  recordedBy: 'o1',
  approvedBy: null,
  oral: false,
  interview: null,
  commitment: null,
  offset: null,
  ...over,
});
const facts = (over: Partial<ArchiveCaseFacts> = {}): ArchiveCaseFacts => ({
  origin: 'ex_officio',
  notice: { servedOn: '2026-03-01' },
  applicationWithdrawnOn: null,
  termination: null,
  ...over,
});
const filed = (measureId: string | null, ...items: ArchiveMaterial['item'][]): ArchiveMaterial[] =>
  items.map((item) => ({ item, measureId }));
const caseMaterials = filed(null, 'choice_notice', 'choice_notice_delivery', 'choice_record');

describe('[CASE][ARCHIVE] the checklist of a case file', () => {
  it('is complete for an admonition with its document, 送达回证 and evidence, after the notice and choice', () => {
    const ms = [measure('m1', 'admonition')];
    expect(archiveChecklistProblems(ms, [...caseMaterials, ...filed('m1', 'document', 'delivery_proof', 'evidence')], facts())).toEqual([]);
  });

  it.each([
    [
      'the document',
      filed('m1', 'delivery_proof', 'evidence'),
      [{ item: 'document', measureId: 'm1', message: '警示告诫（m1）缺少警示告诫书' }],
    ],
    [
      'the 送达回证',
      filed('m1', 'document', 'evidence'),
      [{ item: 'delivery_proof', measureId: 'm1', message: '警示告诫（m1）缺少警示告诫书的送达回证' }],
    ],
    [
      'the evidence',
      filed('m1', 'document', 'delivery_proof'),
      [{ item: 'evidence', measureId: 'm1', message: '警示告诫（m1）缺少证据材料（照片、音视频、电子数据等）' }],
    ],
    [
      'a document filed under another measure',
      filed('m2', 'document', 'delivery_proof', 'evidence'),
      [
        { item: 'document', measureId: 'm1', message: '警示告诫（m1）缺少警示告诫书' },
        { item: 'delivery_proof', measureId: 'm1', message: '警示告诫（m1）缺少警示告诫书的送达回证' },
        { item: 'evidence', measureId: 'm1', message: '警示告诫（m1）缺少证据材料（照片、音视频、电子数据等）' },
      ],
    ],
  ])('names a missing measure material: %s', (_name, materials, expected) => {
    expect(archiveChecklistProblems([measure('m1', 'admonition')], [...caseMaterials, ...materials], facts())).toEqual(expected);
  });

  it('asks for the 告知书, its service and the choice once the notice was served, and nothing for a simple form', () => {
    const problems = archiveChecklistProblems([measure('m1', 'leaflet')], [], facts());
    expect(problems.map((p) => p.message)).toEqual([
      '缺少柔性执法告知书',
      '缺少告知书的送达回证',
      '缺少当事人选择回执（或企业端选择记录）',
    ]);
    expect(archiveChecklistProblems([measure('m1', 'leaflet')], [], facts({ notice: null }))).toEqual([]);
  });

  it('asks for the application, the withdrawal and the termination papers of a withdrawn application', () => {
    const f = facts({ origin: 'on_application', applicationWithdrawnOn: '2026-03-05', termination: { ground: 'withdrawn' } });
    expect(archiveChecklistProblems([], caseMaterials, f).map((p) => p.item)).toEqual([
      'application',
      'withdrawal',
      'termination_approval',
      'termination_notice',
      'termination_notice_delivery',
    ]);
  });

  it('asks for the interview minutes and attendance, an oral record instead of a document, the verification of a fulfilled commitment', () => {
    const ms = [
      measure('m1', 'interview', { interview: { mode: 'individual', departmentIds: ['d1'], leadDepartmentId: 'd1' } }),
      measure('m2', 'administrative_suggestion', { oral: true }),
      measure('m3', 'commitment', { commitment: { signedOn: '2026-03-02', deadline: '2026-03-20', fulfilledOn: '2026-03-10' } }),
    ];
    expect(archiveChecklistProblems(ms, []).map((p) => p.message)).toEqual([
      '行政约谈（m1）缺少行政约谈通知书',
      '行政约谈（m1）缺少行政约谈通知书的送达回证',
      '行政约谈（m1）缺少约谈笔录',
      '行政约谈（m1）缺少约谈签到表（参加单位和人员）',
      '行政建议（m2）缺少口头提示或建议的记录（笔录或音视频）',
      '告知承诺（m3）缺少告知承诺书',
      '告知承诺（m3）缺少证据材料（照片、音视频、电子数据等）',
      '告知承诺（m3）缺少承诺履行核查记录',
    ]);
  });

  it('asks for the penalty decision, the verification of service and the legal review of an offset', () => {
    expect(archiveChecklistProblems([measure('m1', 'community_service_offset')], filed('m1', 'document')).map((p) => p.message)).toEqual([
      '公益抵罚（m1）缺少被折抵罚款的行政处罚决定书',
      '公益抵罚（m1）缺少公益服务时长核实记录',
      '公益抵罚（m1）缺少法制审核意见',
    ]);
  });

  it('is complete exactly when every required material is filed, whatever else is filed', () => {
    const measureArb = fc.record({
      type: fc.constantFrom(...MEASURE_TYPES),
      oral: fc.boolean(),
      fulfilled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(measureArb, { maxLength: 6 }), fc.boolean(), fc.boolean(), fc.nat(), (specs, applied, terminated, drop) => {
        const ms = specs.map((s, i) =>
          measure(`m${i}`, s.type, {
            oral: s.oral,
            commitment:
              s.type === 'commitment'
                ? { signedOn: '2026-03-02', deadline: '2026-03-20', fulfilledOn: s.fulfilled ? '2026-03-09' : null }
                : null,
          }),
        );
        const f = facts({ origin: applied ? 'on_application' : 'ex_officio', termination: terminated ? { ground: 'other' } : null });
        const required = requiredArchiveMaterials(ms, f);
        const extra = filed('zz', 'evidence');
        expect(archiveChecklistProblems(ms, [...required, ...extra], f)).toEqual([]);
        const missing = required[drop % required.length];
        if (missing) {
          const problems = archiveChecklistProblems(
            ms,
            required.filter((r) => r !== missing),
            f,
          );
          expect(problems.map((p) => [p.item, p.measureId])).toEqual([[missing.item, missing.measureId]]);
        }
      }),
    );
  });
});
