/**
 * The working-day calendar's data (docs/contracts/workdays-api.md): the State Council's yearly
 * arrangement as an administrator enters it, and the answers of the calendar.
 */
import { z } from 'zod';
import { CalendarDateSchema } from './common';

export const HolidayBlockSchema = z.object({
  name: z.string().trim().min(1, '请填写节日名称').max(30, '节日名称最多30个字'),
  from: CalendarDateSchema,
  to: CalendarDateSchema,
});

/** One year's arrangement (国务院办公厅关于部分节假日安排的通知). */
export const HolidayArrangementInputSchema = z.object({
  /** The notice: its number and date, e.g. `国办发明电〔2024〕12号, 2024-11-12`. */
  source: z.string().trim().min(1, '请填写通知文号或名称').max(200, '最多200个字'),
  holidays: z.array(HolidayBlockSchema).min(1, '至少填写一个放假安排').max(20, '放假安排最多20项'),
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: z.array(CalendarDateSchema).max(20, '调休上班日最多20天'),
});
export type HolidayArrangementInput = z.infer<typeof HolidayArrangementInputSchema>;

export const HolidayArrangementSchema = HolidayArrangementInputSchema.extend({
  year: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type HolidayArrangement = z.infer<typeof HolidayArrangementSchema>;

export const YearParamsSchema = z.object({
  year: z.coerce
    .number({ message: '年份应为整数' })
    .int('年份应为整数')
    .min(2000, '年份应在2000至2100之间')
    .max(2100, '年份应在2000至2100之间'),
});

export const DayStatusSchema = z.object({ date: z.string(), workday: z.boolean(), holiday: z.string().nullable() });
export const WorkdaysQuerySchema = z.object({
  from: CalendarDateSchema,
  add: z.coerce.number({ message: '工作日数应为整数' }).int('工作日数应为整数').min(1, '工作日数应为1至366').max(366, '工作日数应为1至366'),
});
export const WorkdaysAnswerSchema = z.object({ from: z.string(), add: z.number(), due: z.string() });
