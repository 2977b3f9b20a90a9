/** The region's inspection settings (紧急检查补办审批的工作日数). */
import { InspectionSettingsSchema } from '@rouxing/contracts';
import { requestMeta, requireActor } from '../http/request';
import { getInspectionSettings } from '../inspections/use-cases/get-inspection-settings';
import { updateInspectionSettings } from '../inspections/use-cases/update-inspection-settings';
import { type Api, errorReplies, type RouteOptions } from './api';

const tags = ['入企检查'];

export function inspectionSettingsRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/inspection-settings',
    {
      schema: { tags, summary: '检查设置：紧急检查补办审批的期限（工作日）', response: { 200: InspectionSettingsSchema, ...errorReplies } },
    },
    async (req) => getInspectionSettings(ctx, requireActor(req)),
  );
  api.put(
    '/inspection-settings',
    {
      schema: {
        tags,
        summary: '修改检查设置（司法局）',
        body: InspectionSettingsSchema,
        response: { 200: InspectionSettingsSchema, ...errorReplies },
      },
    },
    async (req) => updateInspectionSettings(ctx, requireActor(req), req.body, requestMeta(req)),
  );
}
