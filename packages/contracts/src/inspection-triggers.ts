/**
 * 触发式监管 (常政办发〔2025〕5号 第四项: 对一般事项实行触发式监管): complaints filed by the public and alerts posted
 * by monitoring systems are signals about an entity and a non-key item; enough of them within a rule's window
 * start one triggered inspection task for the item's department.
 */
import { z } from 'zod';

/** A complaint (投诉举报, on the public portal) or a monitoring alert (an authenticated system account). */
export const SignalInputSchema = z.object({
  /** 统一社会信用代码 of the entity complained about. */
  uscc: z.string().trim().toUpperCase().length(18, '统一社会信用代码应为18位'),
  itemId: z.string().uuid('请选择投诉举报事项'),
  content: z.string().trim().min(5, '请具体描述问题（至少5个字）').max(2000, '问题描述最多2000个字'),
  contact: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, '联系电话应为11位手机号或带区号的固定电话')
    .default(''),
});
export type SignalInput = z.infer<typeof SignalInputSchema>;

/** An item a complaint can be about: the published non-key items (key items are inspected on a schedule anyway). */
export const ComplaintItemSchema = z.object({ id: z.string(), name: z.string(), departmentName: z.string() });
export type ComplaintItem = z.infer<typeof ComplaintItemSchema>;

/** The public's receipt of a complaint. */
export const ComplaintReceivedSchema = z.object({ received: z.literal(true), signalId: z.string() });

/** A recorded signal, and the triggered task it started or joined (none when no rule's threshold is met). */
export const SignalRecordedSchema = z.object({ signalId: z.string(), taskId: z.string().nullable(), taskCreated: z.boolean() });
export type SignalRecorded = z.infer<typeof SignalRecordedSchema>;

/** A triggered inspection task of the department, with the number of signals behind it. */
export const TriggeredTaskSchema = z.object({
  id: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  itemName: z.string(),
  signals: z.number().int(),
  status: z.enum(['open', 'planned', 'closed']),
  createdAt: z.string(),
});
export type TriggeredTask = z.infer<typeof TriggeredTaskSchema>;
