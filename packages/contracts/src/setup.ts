/**
 * Setting a county up from nothing (issue 16 item 1): departments, inspection items maintained by their
 * department's reviewer, the Judicial Bureau's 综合查一次 task list and trigger rules, and the first-run check
 * of what is still missing before officers can work.
 */
import { z } from 'zod';
import { RegionCodeSchema } from './common';

/** 执法部门 / 司法局 / 数据局 / other. */
export const DEPARTMENT_KINDS = ['enforcement', 'judicial', 'data', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DepartmentInputSchema = z.object({
  name: z.string().trim().min(2, '请填写部门名称（至少2个字）').max(60, '部门名称最多60个字'),
  regionCode: RegionCodeSchema,
  kind: z.enum(DEPARTMENT_KINDS, { message: '部门类型应为执法部门、司法局、数据局或其他' }),
  /** 机关代字 of the department's 文号 (常市监 in 常市监告〔2026〕12号); required of an enforcement department to issue documents. */
  docPrefix: z
    .string()
    .trim()
    .max(10, '机关代字最多10个字')
    .regex(/^[\u4e00-\u9fa5]*$/, '机关代字应为汉字')
    .default(''),
  /** 联系电话 printed on the department's documents and on the public pages that name it (issue 14 defect 12). */
  contactPhone: z
    .string()
    .trim()
    .max(30, '联系电话最多30个字符')
    .regex(/^[0-9+\-（）() ]*$/, '联系电话只能包含数字、空格、“-”“+”和括号，例如 0734-7221234')
    .default(''),
});
export type DepartmentInput = z.infer<typeof DepartmentInputSchema>;

/** Once per year, half-year, quarter or month: the fixed schedule of a key item (重点检查事项), in months. */
export const SCHEDULE_EVERY_MONTHS = [1, 3, 6, 12] as const;

export const ITEM_CATEGORIES = ['general', 'safety_production', 'fire'] as const;

export const InspectionItemInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{2,32}$/, '事项编码为2至32位字母、数字或连字符'),
    name: z.string().trim().min(2, '请填写事项名称（至少2个字）').max(100, '事项名称最多100个字'),
    legalBasis: z.string().trim().min(4, '请填写检查依据（法律、法规或规章条款）').max(500, '检查依据最多500个字'),
    /** The check points, in order. */
    checklist: z
      .array(z.string().trim().min(1, '检查要点不能为空').max(200, '每个检查要点最多200个字'))
      .min(1, '请至少列出一个检查要点')
      .max(50, '检查要点最多50个'),
    key: z.boolean(),
    category: z.enum(ITEM_CATEGORIES, { message: '事项领域应为一般、安全生产或消防' }),
    mergeable: z.boolean(),
    /** A key item's fixed schedule; null for a non-key item (inspected only when triggered). */
    scheduleEveryMonths: z
      .number()
      .int()
      .refine((n) => (SCHEDULE_EVERY_MONTHS as readonly number[]).includes(n), '检查周期应为每月、每季度、每半年或每年')
      .nullable()
      .default(null),
  })
  .superRefine((v, ctx) => {
    if (v.key && v.scheduleEveryMonths === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['scheduleEveryMonths'],
        message: '重点检查事项须确定固定检查周期（常政办发〔2025〕5号 第四项）',
      });
    }
    if (!v.key && v.scheduleEveryMonths !== null) {
      ctx.addIssue({ code: 'custom', path: ['scheduleEveryMonths'], message: '一般检查事项实行触发式监管，不设固定检查周期' });
    }
    if (v.category !== 'general' && v.mergeable) {
      ctx.addIssue({
        code: 'custom',
        path: ['mergeable'],
        message: '安全生产、消防领域的事项不纳入“综合查一次”（常政办发〔2025〕5号 第四项）',
      });
    }
  });
export type InspectionItemInput = z.infer<typeof InspectionItemInputSchema>;

/** An item as its department maintains it (the plan form reads the shorter `InspectionItem`). */
export const ManagedInspectionItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  legalBasis: z.string(),
  checklist: z.array(z.string()),
  key: z.boolean(),
  category: z.enum(ITEM_CATEGORIES),
  mergeable: z.boolean(),
  scheduleEveryMonths: z.number().int().nullable(),
  published: z.boolean(),
  version: z.number().int(),
});
export type ManagedInspectionItem = z.infer<typeof ManagedInspectionItemSchema>;

export const InspectionItemUpdateSchema = z.object({ version: z.number().int().min(1), item: InspectionItemInputSchema });
export type InspectionItemUpdate = z.infer<typeof InspectionItemUpdateSchema>;

/** An entry of the 综合查一次 task list: a GB/T 4754 industry (a class or its prefix) and an item inspected together. */
export const TaskListEntryInputSchema = z.object({
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]\d{0,4}$/, '行业代码应为GB/T 4754门类字母加0至4位数字，如H62'),
  itemId: z.string().uuid('检查事项标识格式不正确'),
});
export type TaskListEntryInput = z.infer<typeof TaskListEntryInputSchema>;

export const TaskListEntrySchema = z.object({
  industryCode: z.string(),
  industryName: z.string().nullable(),
  itemId: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  /** draft entries join merging only once the Judicial Bureau publishes the list */
  status: z.enum(['draft', 'published']),
});
export type TaskListEntry = z.infer<typeof TaskListEntrySchema>;

export const TriggerRuleInputSchema = z.object({
  itemId: z.string().uuid('检查事项标识格式不正确'),
  source: z.enum(['complaint', 'monitoring'], { message: '线索来源应为投诉举报或监测预警' }),
  threshold: z.number().int().min(1, '触发阈值至少为1').max(100, '触发阈值最多为100'),
  windowDays: z.number().int().min(1, '统计期至少1天').max(366, '统计期最多366天'),
  active: z.boolean().default(true),
});
export type TriggerRuleInput = z.infer<typeof TriggerRuleInputSchema>;

export const TriggerRuleSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  departmentName: z.string(),
  source: z.enum(['complaint', 'monitoring']),
  threshold: z.number().int(),
  windowDays: z.number().int(),
  active: z.boolean(),
});
export type TriggerRule = z.infer<typeof TriggerRuleSchema>;

/** What the first-run page lists: each thing still missing before officers can work, and where it is set up. */
export const SETUP_CHECKS = [
  'enforcement_department',
  'judicial_department',
  'reviewer',
  'certified_officers',
  'published_item',
  'task_list',
  'trigger_rule',
  'entity',
  'holiday_next_year',
] as const;
export type SetupCheck = (typeof SETUP_CHECKS)[number];

export const SetupStatusSchema = z.object({
  ready: z.boolean(),
  checks: z.array(z.object({ check: z.enum(SETUP_CHECKS), done: z.boolean(), detail: z.string(), link: z.string() })),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;
