import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf } from './common';

export const AuditEntrySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  /** e.g. `auth.login`, `auth.login_failed`, `entity.create`, `entity.export`, `entity.personal_data.read`. */
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** The object in words, resolved on the server: a name, case number or username (null when it has none). */
  objectLabel: z.string().nullable(),
  result: z.enum(['success', 'failure']),
  sourceIp: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  action: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  result: z.enum(['success', 'failure']).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema);
