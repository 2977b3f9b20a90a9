import { z } from 'zod';

z.config(z.locales.zhCN());

export type FieldIssue = { path: string; message: string };

/** A zod error as field issues: dot paths (array indices as numbers) and the Chinese messages. */
export function fieldsOfZodError(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(请求体)', message: i.message }));
}
