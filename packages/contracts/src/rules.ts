/**
 * The rules catalogue (常政办发〔2025〕5号 第1项、第2项、第11项): violation items (违法行为事项), versioned no-penalty lists
 * (不予处罚清单) and discretion benchmarks (行政裁量基准), with their review workflow and the public
 * feed that the data bureau pulls (常政办发〔2025〕5号 第2项: 对接市数据局).
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, UuidSchema } from './common';
import { DEFAULT_TIERS, HARMS, LawRefSchema, LIST_KINDS, Money, PENALTY_TYPES } from './decision';

/** 国家 / 省 / 市 / 县 / 部门: the level of the body that issued a list or set a benchmark. */
export const RULE_LEVELS = ['national', 'provincial', 'city', 'county', 'department'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/**
 * The review workflow of a list version or a benchmark version: a draft is edited, submitted, and
 * approved by a reviewer other than its author; published versions are immutable; publishing a new
 * version of the same series supersedes the old one. `expired` is not stored: a published version
 * whose `effectiveTo` has passed is shown as expired.
 */
export const RULE_STATUSES = ['draft', 'pending_review', 'published', 'superseded'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];
export const RULE_DISPLAY_STATUSES = [...RULE_STATUSES, 'expired'] as const;
export type RuleDisplayStatus = (typeof RULE_DISPLAY_STATUSES)[number];

const trimmed = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多${max}个字`);

/** 违法行为编码: capital letters, digits and hyphens, e.g. SC-FOOD-017. */
export const ViolationCodeSchema = z
  .string({ message: '请填写违法行为编码' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, '违法行为编码应为2至40位大写字母、数字或连字符，如SC-FOOD-017');

/** A legal basis: law, article, paragraph and item where known, and the text as the source gives it. */
export const LegalBasisSchema = z.object({
  law: trimmed('法律法规名称', 100),
  article: z.number({ message: '条应为正整数' }).int('条应为正整数').positive('条应为正整数').nullable().default(null),
  paragraph: z.number({ message: '款应为正整数' }).int('款应为正整数').positive('款应为正整数').nullable().default(null),
  item: z.number({ message: '项应为正整数' }).int('项应为正整数').positive('项应为正整数').nullable().default(null),
  /** The basis as the source words it (《…》第六十条第一款第（四）项). */
  text: trimmed('依据原文', 500),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

const FineRangeRefine = (v: { fineMin: number | null; fineMax: number | null }, ctx: z.RefinementCtx) => {
  if (v.fineMin !== null && v.fineMax !== null && v.fineMin > v.fineMax) {
    ctx.addIssue({ code: 'custom', path: ['fineMax'], message: '罚款上限不能小于下限' });
  }
  if ((v.fineMin === null) !== (v.fineMax === null)) {
    ctx.addIssue({ code: 'custom', path: [v.fineMin === null ? 'fineMin' : 'fineMax'], message: '罚款上下限须同时填写或同时留空' });
  }
};

const violationItemFields = {
  name: trimmed('违法行为名称', 300),
  departmentId: UuidSchema,
  /** 领域, e.g. 食品安全、税务、公路路政. */
  domain: trimmed('领域', 50),
  legalBasis: LegalBasisSchema,
  /** The penalty basis (罚则) where it differs from the violated provision. */
  penaltyBasis: LegalBasisSchema.nullable().default(null),
  penaltyTypes: z.array(z.enum(PENALTY_TYPES, { message: '处罚种类取值不正确' })).default([]),
  /** Statutory fine range in yuan (null: no fine, or a multiple of an amount that only the case fixes). */
  fineMin: Money.int('罚款金额应为整数元').nullable().default(null),
  fineMax: Money.int('罚款金额应为整数元').nullable().default(null),
  /** 法定罚则原文. */
  normalPenaltyText: z.string().trim().max(1000, '罚则原文最多1000个字').default(''),
  /** 重点监管事项. */
  key: z.boolean().default(false),
  /** Art. 33 ¶2: a law that provides otherwise (食品安全法 第一百三十六条). */
  noFaultRule: z.enum(['no_penalty', 'may_waive'], { message: '无过错规则应为no_penalty或may_waive' }).default('no_penalty'),
  noFaultBasis: LawRefSchema.nullable().default(null),
  /** Art. 36: a special law's own limitation period. */
  limitationMonths: z.number().int('追责期限应为整月').positive('追责期限应为正数').nullable().default(null),
  limitationBasis: LawRefSchema.nullable().default(null),
};

export const ViolationItemInputSchema = z.object({ code: ViolationCodeSchema, ...violationItemFields }).superRefine(FineRangeRefine);
export type ViolationItemInput = z.infer<typeof ViolationItemInputSchema>;

export const ViolationItemUpdateSchema = z
  .object({ ...violationItemFields, version: z.number().int().min(1) })
  .superRefine(FineRangeRefine);
export type ViolationItemUpdate = z.infer<typeof ViolationItemUpdateSchema>;

export const ViolationItemSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  code: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  domain: z.string(),
  legalBasis: LegalBasisSchema,
  penaltyBasis: LegalBasisSchema.nullable(),
  penaltyTypes: z.array(z.enum(PENALTY_TYPES)),
  fineMin: z.number().nullable(),
  fineMax: z.number().nullable(),
  normalPenaltyText: z.string(),
  key: z.boolean(),
  noFaultRule: z.enum(['no_penalty', 'may_waive']),
  noFaultBasis: LawRefSchema.nullable(),
  limitationMonths: z.number().nullable(),
  limitationBasis: LawRefSchema.nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type ViolationItem = z.infer<typeof ViolationItemSchema>;

export const ViolationItemQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
  departmentId: UuidSchema.optional(),
  domain: z.string().trim().max(50).optional(),
});
export type ViolationItemQuery = z.infer<typeof ViolationItemQuerySchema>;
export const ViolationItemPageSchema = pageOf(ViolationItemSchema);

/** What an import of the catalogue did: codes new to the region created, codes it had updated. */
export const CatalogueImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type CatalogueImportResult = z.infer<typeof CatalogueImportResultSchema>;

/** Structured conditions of a list entry, read by the decision engine (contract: `conditions`). */
export const EntryConditionsSchema = z.object({
  /** 初次违法 / 首次发生 */
  firstOffense: z.boolean().default(false),
  /** `same_item`: only earlier decisions on the same item count (the tax lists' 首次发生清单中所列事项). */
  firstOffenseScope: z.enum(['authority', 'same_item'], { message: '初次违法范围应为authority或same_item' }).default('authority'),
  /** 危害后果 at most this level; null: no requirement. */
  maxHarm: z.enum(HARMS, { message: '危害后果应为none、minor、ordinary或serious' }).nullable().default(null),
  /** 及时改正 */
  correctedInTime: z.boolean().default(false),
  /** 在规定期限内改正: the correction deadline in days, where the list sets one. */
  correctionDays: z.number().int('改正期限应为整数天').positive('改正期限应为正整数').nullable().default(null),
});
export type EntryConditions = z.infer<typeof EntryConditionsSchema>;

export const NoPenaltyListEntryInputSchema = z.object({
  /** The entry's number in the list (清单序号). */
  itemCode: trimmed('清单序号', 20),
  violationCode: ViolationCodeSchema,
  kind: z.enum(LIST_KINDS, { message: '类型应为“不予处罚”“首违不罚”或“可以不予处罚”' }),
  conditions: EntryConditionsSchema.default({
    firstOffense: false,
    firstOffenseScope: 'authority',
    maxHarm: null,
    correctedInTime: false,
    correctionDays: null,
  }),
  /** The list's own wording, kept as published. */
  itemText: trimmed('清单事项原文', 1000),
  conditionsText: z.array(z.string().trim().min(1).max(500, '条件原文每条最多500个字')).default([]),
  legalBasisText: z.string().trim().max(500, '依据原文最多500个字').default(''),
  normalPenaltyText: z.string().trim().max(1000, '罚则原文最多1000个字').default(''),
  notes: z.string().trim().max(1000, '备注最多1000个字').default(''),
});
export type NoPenaltyListEntryInput = z.infer<typeof NoPenaltyListEntryInputSchema>;

const listFields = {
  title: trimmed('清单名称', 200),
  level: z.enum(RULE_LEVELS, { message: '层级应为national、provincial、city、county或department' }),
  /** 制定机关 as the list names it. */
  issuer: trimmed('制定机关', 100),
  /** The department of this region that applies the list and owns its versions here. */
  departmentId: UuidSchema,
  domain: trimmed('领域', 50),
  documentNo: z.string().trim().max(100, '文号最多100个字').default(''),
  source: z.string().trim().max(500, '来源最多500个字').default(''),
  sourceUrl: z.string().trim().max(500, '来源网址最多500个字').default(''),
  effectiveFrom: CalendarDateSchema,
  effectiveTo: CalendarDateSchema.nullable().default(null),
};
const listDates = (v: { effectiveFrom: string; effectiveTo: string | null }, ctx: z.RefinementCtx) => {
  if (v.effectiveTo !== null && v.effectiveTo < v.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: '失效日期不能早于生效日期' });
  }
};

export const NoPenaltyListInputSchema = z
  .object({ ...listFields, entries: z.array(NoPenaltyListEntryInputSchema).max(2000, '一个清单最多2000项').default([]) })
  .superRefine(listDates);
export type NoPenaltyListInput = z.infer<typeof NoPenaltyListInputSchema>;

/** Editing a draft: its fields and its entries replaced whole, with the version read (optimistic). */
export const NoPenaltyListUpdateSchema = z
  .object({
    ...listFields,
    entries: z.array(NoPenaltyListEntryInputSchema).max(2000, '一个清单最多2000项'),
    revision: z.number().int().min(1),
  })
  .superRefine(listDates);
export type NoPenaltyListUpdate = z.infer<typeof NoPenaltyListUpdateSchema>;

export const NoPenaltyListEntrySchema = NoPenaltyListEntryInputSchema.extend({
  id: z.string(),
  /** Name of the catalogue item the entry points at. */
  violationName: z.string().nullable(),
});
export type NoPenaltyListEntry = z.infer<typeof NoPenaltyListEntrySchema>;

const reviewFields = {
  status: z.enum(RULE_STATUSES),
  displayStatus: z.enum(RULE_DISPLAY_STATUSES),
  createdByName: z.string(),
  createdBy: z.string(),
  submittedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  /** Edits of a draft, for optimistic concurrency. */
  revision: z.number(),
};

export const NoPenaltyListSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  /** Versions of one list share a series id; `version` counts from 1. */
  seriesId: z.string(),
  version: z.number(),
  title: z.string(),
  level: z.enum(RULE_LEVELS),
  issuer: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  domain: z.string(),
  documentNo: z.string(),
  source: z.string(),
  sourceUrl: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  entryCount: z.number(),
  ...reviewFields,
});
export type NoPenaltyList = z.infer<typeof NoPenaltyListSchema>;
export const NoPenaltyListDetailSchema = NoPenaltyListSchema.extend({ entries: z.array(NoPenaltyListEntrySchema) });
export type NoPenaltyListDetail = z.infer<typeof NoPenaltyListDetailSchema>;

export const NoPenaltyListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
  departmentId: UuidSchema.optional(),
  status: z.enum(RULE_STATUSES, { message: '状态取值不正确' }).optional(),
});
export type NoPenaltyListQuery = z.infer<typeof NoPenaltyListQuerySchema>;
export const NoPenaltyListPageSchema = pageOf(NoPenaltyListSchema);

/**
 * The list's own fields sent beside an imported file (multipart text fields, all strings): the entries
 * come from the file's rows; an empty `effectiveTo` means open-ended.
 */
export const NoPenaltyListImportFieldsSchema = z
  .object({ ...listFields, effectiveTo: z.preprocess((v) => (v === '' || v === undefined ? null : v), CalendarDateSchema.nullable()) })
  .superRefine(listDates);
export type NoPenaltyListImportFields = z.infer<typeof NoPenaltyListImportFieldsSchema>;

export const RejectBodySchema = z.object({ reason: trimmed('退回理由', 500) });
export const RevisionBodySchema = z.object({ revision: z.number({ message: '请提供版本号' }).int().min(1) });

/** A circumstance code of a benchmark (从重/从轻情节), with its wording. */
export const CircumstanceSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, '情节代码应为小写字母、数字或下划线'),
  label: trimmed('情节说明', 200),
});

const Fraction = z.number().min(0, '阶次比例不能小于0').max(1, '阶次比例不能大于1');
const TierSchema = z.tuple([Fraction, Fraction]).refine(([a, b]) => a <= b, '阶次下限不能大于上限');

const benchmarkFields = {
  violationCode: ViolationCodeSchema,
  level: z.enum(RULE_LEVELS, { message: '层级取值不正确' }),
  issuer: trimmed('制定机关', 100),
  departmentId: UuidSchema,
  fine: z.object({ min: Money.int('罚款金额应为整数元'), max: Money.int('罚款金额应为整数元') }).refine((r) => r.min <= r.max, {
    message: '罚款下限不能大于上限',
    path: ['max'],
  }),
  tiers: z
    .object({ lighter: TierSchema, ordinary: TierSchema, heavier: TierSchema })
    .default({ lighter: [...DEFAULT_TIERS.lighter], ordinary: [...DEFAULT_TIERS.ordinary], heavier: [...DEFAULT_TIERS.heavier] }),
  mitigatedFloor: Money.int('罚款金额应为整数元').default(0),
  aggravating: z.array(CircumstanceSchema).default([]),
  mitigating: z.array(CircumstanceSchema).default([]),
  effectiveFrom: CalendarDateSchema,
  note: z.string().trim().max(1000, '说明最多1000个字').default(''),
};

export const BenchmarkInputSchema = z.object(benchmarkFields).superRefine((v, ctx) => {
  if (v.mitigatedFloor > v.fine.min) {
    ctx.addIssue({ code: 'custom', path: ['mitigatedFloor'], message: '减轻处罚的下限不能高于法定罚款下限' });
  }
});
export type BenchmarkInput = z.infer<typeof BenchmarkInputSchema>;
export const BenchmarkUpdateSchema = z.object({ ...benchmarkFields, revision: z.number().int().min(1) }).superRefine((v, ctx) => {
  if (v.mitigatedFloor > v.fine.min) {
    ctx.addIssue({ code: 'custom', path: ['mitigatedFloor'], message: '减轻处罚的下限不能高于法定罚款下限' });
  }
});
export type BenchmarkUpdate = z.infer<typeof BenchmarkUpdateSchema>;

export const DiscretionBenchmarkSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  seriesId: z.string(),
  version: z.number(),
  violationCode: z.string(),
  violationName: z.string().nullable(),
  level: z.enum(RULE_LEVELS),
  issuer: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  fine: z.object({ min: z.number(), max: z.number() }),
  tiers: z.object({
    lighter: z.tuple([z.number(), z.number()]),
    ordinary: z.tuple([z.number(), z.number()]),
    heavier: z.tuple([z.number(), z.number()]),
  }),
  mitigatedFloor: z.number(),
  aggravating: z.array(CircumstanceSchema),
  mitigating: z.array(CircumstanceSchema),
  effectiveFrom: z.string(),
  note: z.string(),
  ...reviewFields,
});
export type DiscretionBenchmark = z.infer<typeof DiscretionBenchmarkSchema>;
export const BenchmarkQuerySchema = PageQuerySchema.extend({
  violationCode: z.string().trim().toUpperCase().optional(),
  departmentId: UuidSchema.optional(),
  status: z.enum(RULE_STATUSES, { message: '状态取值不正确' }).optional(),
});
export type BenchmarkQuery = z.infer<typeof BenchmarkQuerySchema>;
export const BenchmarkPageSchema = pageOf(DiscretionBenchmarkSchema);

/** The decision assistant's look-up of one item: its code, and the day the rules are wanted for (default today). */
export const ResolveRulesQuerySchema = z.object({
  code: z.string().min(1, '请填写违法行为编码'),
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
    .optional(),
});
export type ResolveRulesQuery = z.infer<typeof ResolveRulesQuerySchema>;

/** The decision assistant's look-up: a catalogue item with what the engine needs from the records. */
export const ResolvedRulesSchema = z.object({
  item: ViolationItemSchema,
  listEntries: z.array(
    z.object({
      listId: z.string(),
      listTitle: z.string(),
      version: z.number(),
      itemCode: z.string(),
      kind: z.enum(LIST_KINDS),
      itemText: z.string(),
      conditionsText: z.array(z.string()),
      conditions: EntryConditionsSchema,
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    }),
  ),
  /** The benchmark that applies (the most specific published one), and the chain it refines. */
  benchmark: DiscretionBenchmarkSchema.nullable(),
  benchmarkChain: z.array(DiscretionBenchmarkSchema),
});
export type ResolvedRules = z.infer<typeof ResolvedRulesSchema>;

/** An earlier decision against a party, from the records (cases, imported decisions). */
export const PriorViolationRecordSchema = z.object({
  id: z.string(),
  decidedOn: z.string(),
  authority: z.string(),
  violationCode: z.string().nullable(),
  violationName: z.string().nullable(),
  outcome: z.string(),
  documentNo: z.string(),
});
export type PriorViolationRecord = z.infer<typeof PriorViolationRecordSchema>;
/** Every decision on record against one party, newest first. */
export const PriorViolationRecordListSchema = z.array(PriorViolationRecordSchema);
