/**
 * 双随机一公开 (常政办发〔2025〕5号 第十三项): a department draws entities from a frozen pool with a sampling ratio
 * per credit grade and two officers per inspection at random, leaving out declared conflicts (回避); the
 * seed and the pool's fingerprint are published with the result, so anyone can re-run the draw.
 */
import { z } from 'zod';
import { RegionCodeSchema, UuidSchema } from './common';

/**
 * The sampling ratio of each credit grade when none is given: a better grade is sampled less (常政办发〔2025〕5号 第十三项:
 * 对诚信守法的监管对象,适当降低抽查比例和频次…对失信违法的监管对象,适当提高抽查比例和频次).
 */
export const DEFAULT_DRAW_RATIOS: Readonly<Record<'A' | 'B' | 'C' | 'D', number>> = { A: 0.01, B: 0.03, C: 0.05, D: 0.1 };

const Ratio = z.number({ message: '抽查比例应为0到1之间的数' }).min(0, '抽查比例不能小于0').max(1, '抽查比例不能大于1');
const RatiosSchema = z.object({ A: Ratio, B: Ratio, C: Ratio, D: Ratio });

export const RandomDrawInputSchema = z.object({
  title: z.string().trim().min(2, '请填写抽查任务名称').max(100),
  /** GB/T 4754 prefix of the pool, '' for every industry. */
  industryPrefix: z
    .string()
    .trim()
    .regex(/^([A-T]\d{0,4})?$/, '行业代码应为门类字母加0至4位数字')
    .default(''),
  /** Omitted: a fresh random seed (published with the result). */
  seed: z.number().int('随机种子应为整数').min(0).max(0xffff_ffff, '随机种子应为0至4294967295之间的整数').optional(),
  ratios: RatiosSchema.default({ ...DEFAULT_DRAW_RATIOS }),
});
export type RandomDrawInput = z.infer<typeof RandomDrawInputSchema>;

/** One stratum (credit grade) of a draw: its ratio, how many could be drawn, how many were. */
export const DrawStratumSchema = z.object({
  grade: z.enum(['A', 'B', 'C', 'D']),
  ratio: z.number(),
  eligible: z.number().int(),
  drawn: z.number().int(),
});

const DrawEntryFields = {
  /** 1, 2, … in draw order. */
  seq: z.number().int(),
  entityId: z.string(),
  entityName: z.string(),
  uscc: z.string(),
  officerNames: z.array(z.string()),
};

const DrawFields = {
  id: z.string(),
  title: z.string(),
  departmentName: z.string(),
  seed: z.number().int(),
  industryPrefix: z.string(),
  ratios: RatiosSchema,
  poolSize: z.number().int(),
  /** SHA-256 of the pool's 统一社会信用代码 in draw order, with their grade and exclusion flags. */
  poolFingerprint: z.string(),
  strata: z.array(DrawStratumSchema),
  /** Left out of the pool: whitelisted entities (白名单, supervised by triggers) and those at their yearly cap. */
  excluded: z.object({ whitelisted: z.number().int(), atCap: z.number().int() }),
  createdAt: z.string(),
};

/** A draw as the department sees it: the officers drawn by id and name. */
export const RandomDrawSchema = z.object({
  ...DrawFields,
  entries: z.array(z.object({ ...DrawEntryFields, officerIds: z.array(z.string()) })),
});
export type RandomDrawResult = z.infer<typeof RandomDrawSchema>;

/** A draw as published (公开): the officers by name only. */
export const PublicRandomDrawSchema = z.object({ ...DrawFields, entries: z.array(z.object(DrawEntryFields)) });
export type PublicRandomDraw = z.infer<typeof PublicRandomDrawSchema>;
export const PublicRandomDrawQuerySchema = z.object({ region: RegionCodeSchema.optional() });

/** An officer declares a conflict of interest with an entity (回避): the draw leaves them out. */
export const OfficerConflictInputSchema = z.object({
  entityId: UuidSchema,
  reason: z.string().trim().min(2, '请说明回避事由').max(200),
});
export type OfficerConflictInput = z.infer<typeof OfficerConflictInputSchema>;
export const ConflictDeclaredSchema = z.object({ declared: z.literal(true) });
