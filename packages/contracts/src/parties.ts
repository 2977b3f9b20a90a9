/**
 * Parties of a case (当事人): a registry entity (市场主体) or a natural person (自然人). A person is identified by
 * the 公民身份号码 (checked per GB 11643 by the server), kept encrypted and shown masked; the server finds a
 * person again by a keyed hash of the number, never by the number in clear.
 */
import { z } from 'zod';

/** 企业（市场主体） / 个人（自然人）. */
export const PARTY_KINDS = ['entity', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** A natural person as an officer enters them on a case. */
export const PersonInputSchema = z.object({
  name: z.string({ message: '请填写当事人姓名' }).trim().min(1, '请填写当事人姓名').max(50, '姓名最多50个字'),
  /** 公民身份号码, 18 characters; checked (GB 11643) on the server. */
  idNumber: z.string({ message: '请填写公民身份号码' }).trim().min(1, '请填写公民身份号码').max(18, '公民身份号码应为18位'),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '联系电话应为11位手机号码或带区号的固定电话')
    .nullable()
    .default(null),
  address: z.string().trim().max(200, '住址最多200个字').default(''),
});
export type PersonInput = z.infer<typeof PersonInputSchema>;
export type PersonBody = z.input<typeof PersonInputSchema>;

/** A person as lists and the case show them: the number and phone masked (`4304**********1234`, `138****5678`). */
export const PersonViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
});
export type PersonView = z.infer<typeof PersonViewSchema>;

/** The unmasked personal data (a permission, and an audit row for every read). */
export const PersonPersonalDataSchema = z.object({ idNumber: z.string(), phone: z.string().nullable() });
export type PersonPersonalData = z.infer<typeof PersonPersonalDataSchema>;

/** Look a person up by the full 公民身份号码 (matched by its keyed hash; sent in a body, never in a URL that logs keep). */
export const PersonIdNumberSchema = z.object({
  idNumber: z.string({ message: '请填写公民身份号码' }).trim().min(1, '请填写公民身份号码').max(18, '公民身份号码应为18位'),
});
export const PersonLookupSchema = z.object({ person: PersonViewSchema.nullable() });
export type PersonLookup = z.infer<typeof PersonLookupSchema>;

// ── 公益抵罚 carried out (常政办发〔2025〕5号 第五项) ─────────────────────────────────────────────────────

/** An officer records the public service the party did, with the case material that shows it. */
export const PublicServiceInputSchema = z.object({
  serviceOn: z.string({ message: '请填写服务日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '服务日期须为YYYY-MM-DD'),
  place: z.string({ message: '请填写服务地点或单位' }).trim().min(1, '请填写服务地点或单位').max(100, '服务地点最多100个字'),
  description: z.string({ message: '请填写服务内容' }).trim().min(2, '请填写服务内容').max(500, '服务内容最多500个字'),
  hours: z.number({ message: '请填写服务时长' }).int('服务时长须为整小时数').min(1, '服务时长至少1小时').max(1000, '服务时长过大'),
  /** A material already filed in the case (签到表、照片、接收单位的证明). */
  evidenceMaterialId: z.string({ message: '请选择证明材料' }).uuid('请选择本案已归入的证明材料'),
});
export type PublicServiceInput = z.infer<typeof PublicServiceInputSchema>;

export const PublicServiceVerifyInputSchema = z.object({
  note: z.string({ message: '请填写核实意见' }).trim().min(2, '请填写核实意见').max(500, '核实意见最多500个字'),
});
export type PublicServiceVerifyInput = z.infer<typeof PublicServiceVerifyInputSchema>;

export const PublicServiceViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  serviceOn: z.string(),
  place: z.string(),
  description: z.string(),
  hours: z.number(),
  evidenceMaterialId: z.string(),
  evidenceFileName: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  verifiedByName: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verificationNote: z.string().nullable(),
});
export type PublicServiceView = z.infer<typeof PublicServiceViewSchema>;
export const PublicServiceListSchema = z.array(PublicServiceViewSchema);

/** A department's published conversion rule, as the public portal shows it (no login). */
export const PublicOffsetRuleSchema = z.object({
  departmentName: z.string(),
  /** The department's 联系电话 ('' when not set). */
  contactPhone: z.string(),
  /** public_security | transport */
  field: z.string(),
  yuanPerHour: z.number(),
  capYuan: z.number().nullable(),
  capPercentOfFine: z.number().nullable(),
  publishedAt: z.string(),
});
export type PublicOffsetRule = z.infer<typeof PublicOffsetRuleSchema>;
export const PublicOffsetRuleListSchema = z.array(PublicOffsetRuleSchema);
