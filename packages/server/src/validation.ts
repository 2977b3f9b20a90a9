import { z } from 'zod';
import type { FieldError } from './errors';

z.config(z.locales.zhCN());

/** A zod error as the `fields` of a 422 body: dot paths (array indices as numbers) and Chinese messages. */
export function fieldsOfZodError(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(请求体)', message: i.message }));
}
