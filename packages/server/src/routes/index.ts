import { adminRoutes } from './admin.routes';
import type { Api, RouteOptions } from './api';
import { authRoutes } from './auth.routes';
import { calendarRoutes } from './calendar.routes';
import { caseRegisterRoutes } from './case-registers.routes';
import { caseRoutes } from './cases.routes';
import { decisionRoutes } from './decisions.routes';
import { entityRoutes } from './entities.routes';
import { importRoutes } from './imports.routes';
import { inspectionRoutes } from './inspections.routes';
import { partyRoutes } from './parties.routes';
import { publicRoutes } from './public.routes';
import { rulesRoutes } from './rules.routes';

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
  partyRoutes(api, opts);
  calendarRoutes(api, opts);
}
