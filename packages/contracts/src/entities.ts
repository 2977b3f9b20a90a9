import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, RegionCodeSchema } from './common';

export const ENTITY_TYPES = ['enterprise', 'individual_business', 'organization'] as const;
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export const RISK_LEVELS = ['high', 'medium', 'low'] as const;

/** Fields of a 市场主体 that an officer enters or an import file carries. */
export const EntityInputSchema = z.object({
  /** 统一社会信用代码, GB 32100-2015 (checked with its check character). */
  uscc: z.string().trim().toUpperCase(),
  name: z.string().trim().min(2, '名称至少2个字').max(100, '名称最多100个字'),
  entityType: z.enum(ENTITY_TYPES, { message: '主体类型应为企业、个体工商户或其他组织' }),
  /** 法定代表人/负责人/经营者 */
  legalRepresentative: z.string().trim().min(1, '请填写法定代表人').max(50, '法定代表人最多50个字'),
  /** 法定代表人身份证号 (encrypted at rest, masked in lists). Optional. */
  legalRepresentativeIdNo: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{17}[\dX]$/, '身份证号应为18位')
    .nullish(),
  /** 联系电话 (encrypted at rest, masked in lists). */
  contactPhone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话应为11位手机号或带区号的固定电话')
    .nullish(),
  /** GB/T 4754-2017 code: a section letter with its division (2 digits), group (3) or class (4). */
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]\d{2,4}$/, '行业代码应为门类字母加2至4位数字，如H62'),
  address: z.string().trim().min(2, '请填写住所/经营场所').max(200, '地址最多200个字'),
  regionCode: RegionCodeSchema,
  establishedOn: CalendarDateSchema.nullish(),
  /** 新业态新模式 (常政办发〔2025〕5号 第十四项). */
  newBusinessForm: z.boolean().default(false),
});
export type EntityInput = z.infer<typeof EntityInputSchema>;

export const EntityUpdateSchema = EntityInputSchema.omit({ uscc: true, regionCode: true }).extend({
  /** Optimistic version: the one the editor read; a stale one gets 409. */
  version: z.number().int().min(1),
});
export type EntityUpdate = z.infer<typeof EntityUpdateSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  uscc: z.string(),
  name: z.string(),
  entityType: z.enum(ENTITY_TYPES),
  legalRepresentative: z.string(),
  /** Masked unless the caller unmasked it (`4304**********1234`). */
  legalRepresentativeIdNo: z.string().nullable(),
  /** Masked unless unmasked (`138****5678`). */
  contactPhone: z.string().nullable(),
  industryCode: z.string(),
  industryName: z.string(),
  address: z.string(),
  establishedOn: z.string().nullable(),
  /** Tags used by later procedures (whitelist, observation period, credit, new business form). */
  whitelisted: z.boolean(),
  inObservationPeriod: z.boolean(),
  creditGrade: z.enum(CREDIT_GRADES).nullable(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  newBusinessForm: z.boolean(),
  status: z.enum(['active', 'deregistered']),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const EntityListQuerySchema = PageQuerySchema.extend({
  /** Matches name, USCC or legal representative. */
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]\d{0,4}$/, '行业代码格式不正确')
    .optional(),
  regionCode: RegionCodeSchema.optional(),
  entityType: z.enum(ENTITY_TYPES).optional(),
  creditGrade: z.enum(CREDIT_GRADES).optional(),
  whitelisted: z.enum(['true', 'false']).optional(),
  newBusinessForm: z.enum(['true', 'false']).optional(),
  inObservationPeriod: z.enum(['true', 'false']).optional(),
});
export type EntityListQuery = z.infer<typeof EntityListQuerySchema>;

export const EntityPageSchema = pageOf(EntitySchema);

/** Why personal data is unmasked (SECURITY.md "Data"): asked before every read and kept in its audit row. */
export const PersonalDataReadQuerySchema = z.object({
  reason: z.string({ message: '请填写查看理由' }).trim().min(2, '请填写查看理由（至少2个字）').max(200, '查看理由最多200个字'),
});
export type PersonalDataReadQuery = z.infer<typeof PersonalDataReadQuerySchema>;

/** The unmasked personal data of an entity (each read is audited). */
export const EntityPersonalDataSchema = z.object({
  legalRepresentativeIdNo: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type EntityPersonalData = z.infer<typeof EntityPersonalDataSchema>;

export const ImportRowErrorSchema = z.object({
  /** Row number in the file as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The column's header (Chinese) or field name. */
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportJobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  rowsRead: z.number().int(),
  rowsCommitted: z.number().int(),
  rowsFailed: z.number().int(),
  /** Bytes of the file read so far and in all: the progress bar. */
  bytesRead: z.number().int(),
  bytesTotal: z.number().int(),
  /** Data rows of the file when known beforehand (.xlsx): the progress bar then follows rowsRead. */
  rowsTotal: z.number().int().nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The first errors (up to 100); the full list is downloadable as .xlsx. */
  errors: z.array(ImportRowErrorSchema),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;
export const ImportJobPageSchema = pageOf(ImportJobSchema);

/** The blank import template's format. */
export const ImportTemplateQuerySchema = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export type ImportTemplateQuery = z.infer<typeof ImportTemplateQuerySchema>;
