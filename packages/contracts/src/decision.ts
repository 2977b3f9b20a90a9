/**
 * The decision engine's request and response, exactly as pinned by shared/contracts/decision-api.md.
 * `DecisionRequestSchema` is the library's (decidedOn required); `DecisionInputSchema` the command
 * line's and HTTP's (decidedOn defaults to today in Asia/Shanghai, filled in by the door).
 */
import { z } from 'zod';
import { CalendarDateSchema } from './common';

export const HARMS = ['none', 'minor', 'ordinary', 'serious'] as const;
export const LIST_KINDS = ['不予处罚', '首违不罚', '可以不予处罚'] as const;
export const MITIGATING = [
  'eliminated_or_reduced_harm',
  'coerced_or_induced',
  'confessed_unknown_violation',
  'meritorious_cooperation',
  'other_statutory',
] as const;
export const PENALTY_TYPES = ['warning', 'circulated_criticism', 'fine', 'confiscation', 'licence_suspension', 'other'] as const;
export const OUTCOMES = ['time_barred', 'no_penalty', 'may_waive', 'mitigate', 'may_mitigate', 'penalty'] as const;
export const FLAGS = ['no_second_fine', 'disproportionate', 'guardian_discipline', 'guardian_custody', 'observation_period'] as const;

export const Money = z.number({ message: '金额应为数字（元）' }).finite('金额应为有限数').nonnegative('金额不能为负数');

/** A fraction of the statutory range, at most 4 decimal places (exact arithmetic on ten-thousandths). */
const Fraction = z
  .number({ message: '阶次比例应为0到1之间的数' })
  .min(0, '阶次比例不能小于0')
  .max(1, '阶次比例不能大于1')
  .refine((f) => Math.abs(f * 10_000 - Math.round(f * 10_000)) < 1e-7, '阶次比例最多4位小数');
const Tier = z.tuple([Fraction, Fraction]).refine(([a, b]) => a <= b, '阶次下限不能大于上限');

export const LawRefSchema = z.object({
  law: z.string().min(1, '请填写法律名称'),
  article: z.number().int('条应为整数').positive('条应为正整数'),
  paragraph: z.number().int().positive().optional(),
});

export const DEFAULT_TIERS = { lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] } as const;

export const ListEntrySchema = z.object({
  listId: z.string().min(1, '请填写清单标识'),
  itemCode: z.string().min(1, '请填写清单事项编号'),
  /** The list's title, for the explanation's citation (《清单名称》第N项); without it the list is cited by its id. */
  listTitle: z.string().optional(),
  violationCode: z.string().min(1, '请填写违法行为编码'),
  kind: z.enum(LIST_KINDS, { message: '类型应为“不予处罚”“首违不罚”或“可以不予处罚”' }),
  effectiveFrom: CalendarDateSchema,
  effectiveTo: CalendarDateSchema.nullable().default(null),
  conditions: z
    .object({
      firstOffense: z.boolean().optional(),
      firstOffenseScope: z.enum(['authority', 'same_item'], { message: '初次违法范围应为authority或same_item' }).optional(),
      maxHarm: z.enum(HARMS, { message: '危害后果应为none、minor、ordinary或serious' }).optional(),
      correctedInTime: z.boolean().optional(),
    })
    .default({}),
});

const PriorViolationSchema = z.object({
  on: CalendarDateSchema,
  authority: z.string().min(1, '请填写作出决定的机关'),
  violationCode: z.string().optional(),
});

const FactsSchema = z
  .object({
    partyType: z.enum(['natural_person', 'legal_person', 'other_organization'], {
      message: '当事人类型应为natural_person、legal_person或other_organization',
    }),
    age: z.number({ message: '年龄应为整数（周岁）' }).int('年龄应为整数（周岁）').nonnegative('年龄不能为负数').nullable().optional(),
    mentalState: z
      .enum(['normal', 'unable_to_recognize_or_control', 'partially_impaired'], { message: '精神状态取值不正确' })
      .default('normal'),
    occurredOn: CalendarDateSchema,
    endedOn: CalendarDateSchema.nullable().optional(),
    continuing: z.boolean().default(false),
    discoveredOn: CalendarDateSchema,
    involvesLifeHealthOrFinancialSecurity: z.boolean().default(false),
    harm: z.enum(HARMS, { message: '危害后果应为none、minor、ordinary或serious' }),
    minorViolation: z.boolean().default(false),
    correctedInTime: z.boolean().default(false),
    firstOffense: z.boolean().optional(),
    priorViolations: z.array(PriorViolationSchema).optional(),
    provenNoFault: z.boolean().default(false),
    mitigating: z.array(z.enum(MITIGATING, { message: '从轻减轻情形取值不正确' })).default([]),
    aggravating: z.array(z.string().min(1)).default([]),
    alreadyFinedForSameAct: z.boolean().default(false),
    inObservationPeriod: z.boolean().default(false),
  })
  .superRefine((f, ctx) => {
    if (f.discoveredOn < f.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['discoveredOn'], message: '发现日期不能早于违法行为发生日期' });
    }
    if (f.endedOn && f.endedOn < f.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: '行为终了日期不能早于违法行为发生日期' });
    }
  });

export const BenchmarkSchema = z.object({
  fine: z.object({ min: Money, max: Money }).refine((r) => r.min <= r.max, { message: '罚款下限不能大于上限', path: ['max'] }),
  tiers: z.object({ lighter: Tier, ordinary: Tier, heavier: Tier }).default({ lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] }),
  mitigatedFloor: Money.default(0),
});

const base = {
  violation: z
    .object({
      code: z.string().min(1).optional(),
      noFaultRule: z.enum(['no_penalty', 'may_waive'], { message: 'noFaultRule应为no_penalty或may_waive' }).optional(),
      noFaultBasis: LawRefSchema.nullable().optional(),
      limitation: z
        .object({ months: z.number().int('期限应为整月').positive('期限应为正数'), basis: LawRefSchema })
        .nullable()
        .optional(),
    })
    .optional(),
  authority: z.string().min(1, '请填写作出决定的行政机关'),
  facts: FactsSchema,
  listEntries: z.array(ListEntrySchema).default([]),
  benchmark: BenchmarkSchema.optional(),
  proposedPenalty: z.object({ type: z.enum(PENALTY_TYPES, { message: '处罚种类取值不正确' }), amount: Money.optional() }).optional(),
};

/** The library's request: `decidedOn` is required (the engine has no clock). */
export const DecisionRequestSchema = z.object({ ...base, decidedOn: CalendarDateSchema });
/** The command line's and HTTP's request: `decidedOn` may be left out (the door fills in today). */
export const DecisionInputSchema = z.object({ ...base, decidedOn: CalendarDateSchema.optional() });

export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;
export type DecisionInput = z.input<typeof DecisionInputSchema>;
export type LawRef = z.infer<typeof LawRefSchema>;
export type Harm = (typeof HARMS)[number];

export const BasisSchema = z.union([
  z.object({ source: z.literal('law'), law: z.string(), article: z.number(), paragraph: z.number().optional() }),
  z.object({ source: z.literal('list'), listId: z.string(), itemCode: z.string() }),
]);
export type Basis = z.infer<typeof BasisSchema>;

export const DecisionResponseSchema = z.object({
  outcome: z.enum(OUTCOMES),
  basis: z.array(BasisSchema),
  educationRequired: z.boolean(),
  firstOffense: z.boolean(),
  fineRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  flags: z.array(z.enum(FLAGS)),
  explanation: z.string(),
});
export type DecisionResponse = z.infer<typeof DecisionResponseSchema>;
