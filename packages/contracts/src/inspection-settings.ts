/** The region's settings of inspections (常政办发〔2025〕5号 第十五项: 公务入企审批), kept by the Judicial Bureau. */
import { z } from 'zod';

export const InspectionSettingsSchema = z.object({
  /** 紧急检查: the approval is back-filled within this many working days after the plan (the State Council's calendar). */
  emergencyBackfillWorkdays: z
    .number({ message: '请填写补办审批的工作日数' })
    .int('补办审批期限应为整数个工作日')
    .min(1, '补办审批期限至少1个工作日')
    .max(30, '补办审批期限最多30个工作日'),
});
export type InspectionSettings = z.infer<typeof InspectionSettingsSchema>;
