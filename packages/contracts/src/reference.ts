import { z } from 'zod';

export const IndustrySchema = z.object({ code: z.string(), name: z.string(), parent: z.string().nullable() });
export const RegionSchema = z.object({ code: z.string(), name: z.string(), parent: z.string().nullable(), level: z.number().int() });
export const DepartmentSchema = z.object({ id: z.string(), regionCode: z.string(), name: z.string(), code: z.string() });
export type Industry = z.infer<typeof IndustrySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Department = z.infer<typeof DepartmentSchema>;
