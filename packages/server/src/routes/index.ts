import { adminRoutes } from './admin.routes';
import type { Api, RouteOptions } from './api';
import { authRoutes } from './auth.routes';
import { calendarRoutes } from './calendar.routes';
import { caseRegisterRoutes } from './case-registers.routes';
import { caseRoutes } from './cases.routes';
import { correctionRoutes } from './corrections.routes';
import { decisionRoutes } from './decisions.routes';
import { entityRoutes } from './entities.routes';
import { importRoutes } from './imports.routes';
import { inspectionSettingsRoutes } from './inspection-settings.routes';
import { inspectionRoutes } from './inspections.routes';
import { issuedDecisionRoutes } from './issued-decisions.routes';
import { publicRoutes } from './public.routes';
import { rulesRoutes } from './rules.routes';
import { setupRoutes } from './setup.routes';
import { taskListRoutes } from './task-list.routes';
import { whitelistRoutes } from './whitelist.routes';

export function registerRoutes(api: Api, opts: RouteOptions): void {
  authRoutes(api, opts);
  entityRoutes(api, opts);
  importRoutes(api, opts);
  adminRoutes(api, opts);
  decisionRoutes(api, opts);
  rulesRoutes(api, opts);
  publicRoutes(api, opts);
  inspectionRoutes(api, opts);
  caseRoutes(api, opts);
  caseRegisterRoutes(api, opts);
  calendarRoutes(api, opts);
  issuedDecisionRoutes(api, opts);
  correctionRoutes(api, opts);
  whitelistRoutes(api, opts);
  inspectionSettingsRoutes(api, opts);
  setupRoutes(api, opts);
  taskListRoutes(api, opts);
}
