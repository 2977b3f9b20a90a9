import { z } from 'zod';

export const IndustrySchema = z.object({ code: z.string(), name: z.string(), parent: z.string().nullable() });
export const RegionSchema = z.object({ code: z.string(), name: z.string(), parent: z.string().nullable(), level: z.number().int() });
export const DepartmentSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  name: z.string(),
  code: z.string(),
  /** enforcement | judicial | data | other (contracts `DEPARTMENT_KINDS`) */
  kind: z.enum(['enforcement', 'judicial', 'data', 'other']),
  /** 机关代字 of the department's 文号 */
  docPrefix: z.string(),
  /** 联系电话 ('' when not set) */
  contactPhone: z.string(),
});
export type Industry = z.infer<typeof IndustrySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
