/**
 * The 综合查一次 implementation rate (常政办发〔2025〕5号 第四项: 在食品、药品、餐饮领域先行先试，实现"综合查一次"实施率达到20%以上)
 * as the specification (事中柔性监管) defines it: joint inspections over all inspections of entities in GB/T 4754-2017 classes C13, C14, C15,
 * F512, F522 (food), C27, F515, F525 (drug), H62 (catering), a joint inspection counted once, by its first check-in
 * date (Asia/Shanghai); per department and city-wide, with the inspections behind every figure.
 */
import { z } from 'zod';
import { CalendarDateSchema, QueryBooleanSchema, UuidSchema } from './common';

export const JointRateQuerySchema = z
  .object({ from: CalendarDateSchema, to: CalendarDateSchema })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type JointRateQuery = z.infer<typeof JointRateQuerySchema>;

/** The drill-down: the inspections behind one figure — a department's (`departmentId`) or the city's — all or only the joint ones. */
export const JointRateVisitsQuerySchema = z
  .object({ from: CalendarDateSchema, to: CalendarDateSchema, departmentId: UuidSchema.optional(), joint: QueryBooleanSchema.optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type JointRateVisitsQuery = z.infer<typeof JointRateVisitsQuerySchema>;

export const JointRateFigureSchema = z.object({
  joint: z.number().int(),
  total: z.number().int(),
  /** joint / total; null without inspections. */
  rate: z.number().nullable(),
});
export type JointRateFigure = z.infer<typeof JointRateFigureSchema>;

export const JointRateReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The GB/T 4754-2017 classes counted. */
  classes: z.array(z.string()),
  /** 0.2 (常政办发〔2025〕5号 第四项). */
  target: z.number(),
  /** The whole region (every user sees it). */
  cityWide: JointRateFigureSchema,
  /** Every department with inspections for the Judicial Bureau and oversight; a department's staff: their own. */
  departments: z.array(JointRateFigureSchema.extend({ departmentId: z.string(), departmentName: z.string() })),
});
export type JointRateReport = z.infer<typeof JointRateReportSchema>;

/** One inspection behind a figure: a visit (a joint group once) with its departments and plans. */
export const JointRateVisitSchema = z.object({
  /** The joint group's id, or the plan's for a single inspection. */
  visitId: z.string(),
  joint: z.boolean(),
  /** The first check-in of the visit (Asia/Shanghai). */
  checkedInOn: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  industryCode: z.string(),
  departmentNames: z.array(z.string()),
  planIds: z.array(z.string()),
});
export type JointRateVisit = z.infer<typeof JointRateVisitSchema>;
