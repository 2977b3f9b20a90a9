/**
 * 信用监管 on the wire (常政办发〔2025〕5号 第十三项): the region's credit matrix (grade × risk), an entity's credit
 * grade with its history and risk level, and 承诺式检查 (self-inspections, their on-site draws and verification).
 */
import { z } from 'zod';
import { CREDIT_GRADES, RISK_LEVELS } from './entities';

export const RiskLevelSchema = z.enum(RISK_LEVELS);

export const CreditMatrixCellSchema = z.object({
  grade: z.string().trim().min(1, '请填写信用等级').max(8, '信用等级最多8个字符'),
  risk: RiskLevelSchema,
  samplingRatio: z.number({ message: '抽查比例应为0至1之间的数' }),
  maxRoutinePerYear: z.number({ message: '年度检查次数上限应为整数' }).nullable(),
  selfInspection: z.boolean(),
});

/** The matrix the Judicial Bureau saves (validated by the domain's `matrixProblems`, errors naming the cell). */
export const CreditMatrixSchema = z.object({
  grades: z.array(z.string().trim().min(1).max(8)).max(10, '信用等级最多10级'),
  ungradedAs: z.string().trim(),
  cells: z.array(CreditMatrixCellSchema).max(30, '矩阵设置项过多'),
});
export type CreditMatrixInput = z.infer<typeof CreditMatrixSchema>;

export const CreditMatrixViewSchema = CreditMatrixSchema.extend({
  /** false: the region has saved none and the platform's default applies. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type CreditMatrixView = z.infer<typeof CreditMatrixViewSchema>;

export const CreditGradeSetSchema = z.object({
  grade: z.enum(CREDIT_GRADES, { message: '信用等级应为A、B、C或D' }).nullable(),
  reason: z.string().trim().min(2, '请填写评定依据').max(200, '评定依据最多200个字'),
});
export type CreditGradeSet = z.infer<typeof CreditGradeSetSchema>;

/** An entity's grade, its history, its risk level with the reasons, and the matrix cell they pick. */
export const CreditProfileSchema = z.object({
  entityId: z.string(),
  entityName: z.string(),
  grade: z.string().nullable(),
  history: z.array(
    z.object({ grade: z.string().nullable(), source: z.string(), reason: z.string(), setBy: z.string().nullable(), setAt: z.string() }),
  ),
  risk: RiskLevelSchema,
  riskReasons: z.array(z.string()),
  cell: CreditMatrixCellSchema,
  /** 联合惩戒: the serious records in publicity, as a banner names them ("部门 文号"). */
  seriousRecords: z.array(z.object({ documentNo: z.string(), department: z.string() })),
});
export type CreditProfile = z.infer<typeof CreditProfileSchema>;

export const SELF_INSPECTION_STATUSES = ['sent', 'answered', 'on_site', 'closed', 'verified'] as const;
export type SelfInspectionStatus = (typeof SELF_INSPECTION_STATUSES)[number];

export const SelfInspectionCreateSchema = z.object({
  entityId: z.string().uuid('请选择市场主体'),
  itemId: z.string().uuid('请选择检查事项'),
});

const AnswerSchema = z.object({
  compliant: z.boolean({ message: '请逐项选择是否符合' }),
  note: z.string().trim().max(200, '说明最多200个字').default(''),
});

export const SelfInspectionAnswerSchema = z.object({
  answers: z.array(AnswerSchema).min(1, '请逐项作答'),
  /** 承诺: the enterprise commits that its answers are true. */
  commitment: z.literal(true, { message: '须勾选承诺所填内容真实' }),
});
export type SelfInspectionAnswer = z.infer<typeof SelfInspectionAnswerSchema>;

export const SelfInspectionVerifySchema = z.object({
  findings: z.array(AnswerSchema).min(1, '请逐项记录现场核查结果'),
});

export const SelfInspectionDrawSchema = z.object({
  share: z.number({ message: '核查比例应为0至1之间的数' }).min(0.01, '核查比例至少为1%').max(1, '核查比例最多为100%'),
  /** Optional: a published seed; none given, the server picks one (stored and shown). */
  seed: z.number().int('随机种子应为整数').min(0).max(2_147_483_647).optional(),
});

export const SelfInspectionSchema = z.object({
  id: z.string(),
  documentNo: z.string(),
  departmentId: z.string(),
  department: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  uscc: z.string(),
  itemName: z.string(),
  checklist: z.array(z.string()),
  status: z.enum(SELF_INSPECTION_STATUSES),
  grade: z.string().nullable(),
  risk: RiskLevelSchema,
  createdAt: z.string(),
  answers: z.array(AnswerSchema).nullable(),
  commitmentSignedAt: z.string().nullable(),
  drawId: z.string().nullable(),
  drawSeed: z.number().nullable(),
  findings: z.array(AnswerSchema).nullable(),
  verifiedOn: z.string().nullable(),
  /** Check points answered compliant but found not (false commitments), by index. */
  falseItems: z.array(z.number()).nullable(),
  creditRecordId: z.string().nullable(),
});
export type SelfInspection = z.infer<typeof SelfInspectionSchema>;
export const SelfInspectionListSchema = z.object({ items: z.array(SelfInspectionSchema) });

export const SelfInspectionDrawResultSchema = z.object({
  id: z.string(),
  seed: z.number(),
  share: z.number(),
  pool: z.array(z.string()),
  chosen: z.array(z.string()),
  drawnAt: z.string(),
});
export type SelfInspectionDrawResult = z.infer<typeof SelfInspectionDrawResultSchema>;
