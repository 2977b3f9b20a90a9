/**
 * The public portal's data (no login; 常政办发〔2025〕5号 第2项: 公示, 对接市数据局; 行政处罚法 第三十四条:
 * 裁量基准应当向社会公布): the entries of published no-penalty lists and the published benchmarks.
 */
import { z } from 'zod';
import { pageOf } from './common';
import { LIST_KINDS } from './decision';
import { DiscretionBenchmarkSchema, EntryConditionsSchema, RULE_LEVELS } from './rules';

/** The public feed (no login): one row per entry of a published (or, with `since`, superseded) version. */
export const PublicListQuerySchema = z.object({
  page: z.coerce.number({ message: '页码应为整数' }).int('页码应为整数').min(1, '页码最小为1').default(1),
  pageSize: z.coerce
    .number({ message: '每页条数应为整数' })
    .int('每页条数应为整数')
    .min(1, '每页条数最小为1')
    .max(1000, '每页条数最多1000')
    .default(50),
  since: z.string().datetime({ offset: true, message: 'since应为ISO 8601时间，如2026-01-01T00:00:00+08:00' }).optional(),
  region: z
    .string()
    .regex(/^\d{6}$/, '行政区划代码应为6位数字')
    .optional(),
  department: z.string().trim().max(100).optional(),
  domain: z.string().trim().max(50).optional(),
  kind: z.enum(LIST_KINDS, { message: '类型应为“不予处罚”“首违不罚”或“可以不予处罚”' }).optional(),
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
});
export type PublicListQuery = z.infer<typeof PublicListQuerySchema>;

export const PublicEntrySchema = z.object({
  listId: z.string(),
  seriesId: z.string(),
  version: z.number(),
  listTitle: z.string(),
  listStatus: z.enum(['published', 'superseded', 'expired']),
  level: z.enum(RULE_LEVELS),
  issuer: z.string(),
  regionCode: z.string(),
  department: z.string(),
  domain: z.string(),
  documentNo: z.string(),
  itemCode: z.string(),
  item: z.string(),
  violationCode: z.string(),
  violationName: z.string().nullable(),
  legalBasis: z.object({ law: z.string().nullable(), article: z.number().nullable(), paragraph: z.number().nullable(), text: z.string() }),
  kind: z.enum(LIST_KINDS),
  conditions: EntryConditionsSchema,
  conditionsText: z.array(z.string()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  publishedAt: z.string(),
  /** When this row last changed in the feed: publication, or supersession. */
  changedAt: z.string(),
});
export type PublicEntry = z.infer<typeof PublicEntrySchema>;
export const PublicEntryPageSchema = pageOf(PublicEntrySchema).extend({ generatedAt: z.string() });
export type PublicEntryPage = z.infer<typeof PublicEntryPageSchema>;

/** A published benchmark on the public portal (行政处罚法 第三十四条: 裁量基准应当向社会公布). */
export const PublicBenchmarkSchema = DiscretionBenchmarkSchema.pick({
  id: true,
  regionCode: true,
  version: true,
  violationCode: true,
  violationName: true,
  level: true,
  issuer: true,
  departmentName: true,
  fine: true,
  tiers: true,
  mitigatedFloor: true,
  aggravating: true,
  mitigating: true,
  effectiveFrom: true,
  note: true,
  publishedAt: true,
});
export type PublicBenchmark = z.infer<typeof PublicBenchmarkSchema>;
export const PublicBenchmarkPageSchema = pageOf(PublicBenchmarkSchema);
export type PublicBenchmarkPage = z.infer<typeof PublicBenchmarkPageSchema>;

/** The public benchmarks: of one region (default: the server's), searched by code or name. */
export const PublicBenchmarkQuerySchema = z.object({
  region: z
    .string()
    .regex(/^\d{6}$/, '行政区划代码应为6位数字')
    .optional(),
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
  page: z.coerce.number().int().min(1, '页码最小为1').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页条数最多200').default(20),
});
export type PublicBenchmarkQuery = z.infer<typeof PublicBenchmarkQuerySchema>;
