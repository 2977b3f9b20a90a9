import type { Permission } from '@rouxing/contracts';
import type { ReactNode } from 'react';
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Crumb } from './Breadcrumbs';
import { ConsoleLayout } from './ConsoleLayout';
import { RequireAuth, RequirePermission } from './guards';

const LoginPage = lazy(() => import('../pages/LoginPage'));
const DashboardPage = lazy(() => import('../pages/DashboardPage'));
const EntityListPage = lazy(() => import('../pages/entities/EntityListPage'));
const EntityDetailPage = lazy(() => import('../pages/entities/EntityDetailPage'));
const EntityFormPage = lazy(() => import('../pages/entities/EntityFormPage'));
const EntityImportPage = lazy(() => import('../pages/entities/EntityImportPage'));
const UsersPage = lazy(() => import('../pages/admin/UsersPage'));
const DepartmentsPage = lazy(() => import('../pages/admin/DepartmentsPage'));
const HolidayArrangementsPage = lazy(() => import('../pages/admin/HolidayArrangementsPage'));
const IssuedDecisionsPage = lazy(() => import('../pages/credit/IssuedDecisionsPage'));
const CorrectionItemsPage = lazy(() => import('../pages/credit/CorrectionItemsPage'));
const SupervisionTasksPage = lazy(() => import('../pages/supervision/SupervisionTasksPage'));
const SupervisionTaskPage = lazy(() => import('../pages/supervision/SupervisionTaskPage'));
const TrainingPage = lazy(() => import('../pages/supervision/TrainingPage'));
const CreditCasesPage = lazy(() => import('../pages/credit/CreditCasesPage'));
const PublicCreditPage = lazy(() => import('../pages/public/PublicCreditPage'));
const MyCreditPage = lazy(() => import('../pages/portal/MyCreditPage'));
const MySelfInspectionsPage = lazy(() => import('../pages/portal/MySelfInspectionsPage'));
const SelfInspectionsPage = lazy(() => import('../pages/credit/SelfInspectionsPage'));
const CreditMatrixPage = lazy(() => import('../pages/credit/CreditMatrixPage'));
const IndicatorOverviewPage = lazy(() => import('../pages/supervision/IndicatorOverviewPage'));
const AssessmentPage = lazy(() => import('../pages/supervision/AssessmentPage'));
const RolesPage = lazy(() => import('../pages/security/RolesPage'));
const PolicyPage = lazy(() => import('../pages/security/PolicyPage'));
const AuditLogPage = lazy(() => import('../pages/AuditLogPage'));
const MyEntityPage = lazy(() => import('../pages/MyEntityPage'));
const ProfilePage = lazy(() => import('../pages/ProfilePage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const DecisionAssistantPage = lazy(() => import('../pages/decisions/DecisionAssistantPage'));
const PublicListsPage = lazy(() => import('../pages/public/PublicListsPage'));
const CodeCheckPage = lazy(() => import('../pages/public/CodeCheckPage'));
const ComplaintPage = lazy(() => import('../pages/public/ComplaintPage'));
const PublicDrawsPage = lazy(() => import('../pages/public/PublicDrawsPage'));
const RandomDrawPage = lazy(() => import('../pages/inspections/RandomDrawPage'));
const WhitelistPage = lazy(() => import('../pages/whitelist/WhitelistPage'));
const SurveysPage = lazy(() => import('../pages/surveys/SurveysPage'));
const PublicSurveysPage = lazy(() => import('../pages/surveys/PublicSurveysPage'));
const PortalSurveysPage = lazy(() => import('../pages/surveys/PortalSurveysPage'));
const InterviewsPage = lazy(() => import('../pages/interviews/InterviewsPage'));
const InterviewDetailPage = lazy(() => import('../pages/interviews/InterviewDetailPage'));
const InspectionItemsPage = lazy(() => import('../pages/inspections/InspectionItemsPage'));
const TaskListPage = lazy(() => import('../pages/inspections/TaskListPage'));
const TriggerRulesPage = lazy(() => import('../pages/inspections/TriggerRulesPage'));
const SetupPage = lazy(() => import('../pages/admin/SetupPage'));
const ViolationItemsPage = lazy(() => import('../pages/catalogue/ViolationItemsPage'));
const NoPenaltyListsPage = lazy(() => import('../pages/catalogue/NoPenaltyListsPage'));
const NoPenaltyListDetailPage = lazy(() => import('../pages/catalogue/NoPenaltyListDetailPage'));
const NoPenaltyListEditPage = lazy(() => import('../pages/catalogue/NoPenaltyListEditPage'));
const BenchmarksPage = lazy(() => import('../pages/catalogue/BenchmarksPage'));
const InspectionListPage = lazy(() => import('../pages/inspections/InspectionListPage'));
const InspectionPlanFormPage = lazy(() => import('../pages/inspections/InspectionPlanFormPage'));
const InspectionDetailPage = lazy(() => import('../pages/inspections/InspectionDetailPage'));
const CaseListPage = lazy(() => import('../pages/cases/CaseListPage'));
const CaseStartPage = lazy(() => import('../pages/cases/CaseStartPage'));
const CaseDetailPage = lazy(() => import('../pages/cases/CaseDetailPage'));
const TodoPage = lazy(() => import('../pages/cases/TodoPage'));
const FollowUpsPage = lazy(() => import('../pages/cases/FollowUpsPage'));
const MyCasesPage = lazy(() => import('../pages/portal/MyCasesPage'));
const MyCaseDetailPage = lazy(() => import('../pages/portal/MyCaseDetailPage'));
const MyGuidancePage = lazy(() => import('../pages/portal/GuidancePage'));
const ObservationPeriodsPage = lazy(() => import('../pages/case-registers/ObservationPeriodsPage'));
const DocumentTemplatesPage = lazy(() => import('../pages/case-registers/DocumentTemplatesPage'));
const CaseSettingsPage = lazy(() => import('../pages/case-registers/CaseSettingsPage'));
const GuidanceCampaignsPage = lazy(() => import('../pages/case-registers/GuidanceCampaignsPage'));
const GuidingCasesPage = lazy(() => import('../pages/public/GuidingCasesPage'));
const PublicOffsetRulesPage = lazy(() => import('../pages/public/PublicOffsetRulesPage'));

const guarded = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;
const trail = (...crumbs: Crumb[]) => ({ crumbs });
const CASES: Crumb[] = [{ key: 'menu.casesGroup' }, { key: 'menu.cases', to: '/cases' }];
const MY_CASES: Crumb = { key: 'menu.myCases', to: '/portal/cases' };
const CASES_GROUP: Crumb = { key: 'menu.casesGroup' };
const ENTITIES: Crumb[] = [{ key: 'menu.entityGroup' }, { key: 'menu.entities', to: '/entities' }];
const RULES: Crumb[] = [{ key: 'menu.rulesGroup' }];
const LISTS: Crumb = { key: 'menu.lists', to: '/rules/no-penalty-lists' };

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The public portal: no login (常政办发〔2025〕5号 第二项 公示).
  { path: '/public/no-penalty-lists', element: <PublicListsPage /> },
  // Scanning an inspection code opens this page (no login).
  { path: '/v/:token', element: <CodeCheckPage /> },
  { path: '/public/complaints', element: <ComplaintPage /> },
  { path: '/public/surveys', element: <PublicSurveysPage /> },
  { path: '/public/random-draws', element: <PublicDrawsPage /> },
  { path: '/public/guiding-cases', element: <GuidingCasesPage /> },
  // 公益抵罚折抵规则公示 (常政办发〔2025〕5号 第五项), no login.
  { path: '/public/service-offset-rules', element: <PublicOffsetRulesPage /> },
  // 信用信息公示 (常政办发〔2025〕5号 第十三项), no login.
  { path: '/public/credit', element: <PublicCreditPage /> },
  { path: '/public/credit/:uscc', element: <PublicCreditPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <ConsoleLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardPage />, handle: trail({ key: 'menu.dashboard' }) },
      { path: 'entities', element: guarded('entity.read', <EntityListPage />), handle: trail(...ENTITIES) },
      {
        path: 'entities/new',
        element: guarded('entity.write', <EntityFormPage />),
        handle: trail(...ENTITIES, { key: 'crumb.entityNew' }),
      },
      {
        path: 'entities/import',
        element: guarded('entity.import', <EntityImportPage />),
        handle: trail({ key: 'menu.entityGroup' }, { key: 'menu.entityImport' }),
      },
      {
        path: 'entities/:id',
        element: guarded('entity.read', <EntityDetailPage />),
        handle: trail(...ENTITIES, { key: 'crumb.entityDetail' }),
      },
      {
        path: 'entities/:id/edit',
        element: guarded('entity.write', <EntityFormPage />),
        handle: trail(...ENTITIES, { key: 'crumb.entityEdit' }),
      },
      {
        path: 'admin/users',
        element: guarded('user.manage', <UsersPage />),
        handle: trail({ key: 'menu.adminGroup' }, { key: 'menu.users' }),
      },
      {
        path: 'admin/setup',
        element: guarded('user.manage', <SetupPage />),
        handle: trail({ key: 'menu.adminGroup' }, { key: 'setup.menu.firstRun' }),
      },
      {
        path: 'admin/departments',
        element: guarded('user.manage', <DepartmentsPage />),
        handle: trail({ key: 'menu.adminGroup' }, { key: 'menu.departments' }),
      },
      {
        path: 'admin/holiday-arrangements',
        element: guarded('calendar.manage', <HolidayArrangementsPage />),
        handle: trail({ key: 'menu.adminGroup' }, { key: 'menu.holidayArrangements' }),
      },
      {
        path: 'credit/issued-decisions',
        element: guarded('issued_decision.read', <IssuedDecisionsPage />),
        handle: trail({ key: 'credit.group' }, { key: 'credit.decisionsTitle' }),
      },
      {
        path: 'credit/self-inspections',
        element: guarded('inspection.read', <SelfInspectionsPage />),
        handle: trail({ key: 'credit.group' }, { key: 'selfInspection.title' }),
      },
      {
        path: 'credit/matrix',
        element: guarded('credit.configure', <CreditMatrixPage />),
        handle: trail({ key: 'credit.group' }, { key: 'creditMatrix.title' }),
      },
      {
        path: 'credit/corrections',
        element: guarded('issued_decision.read', <CorrectionItemsPage />),
        handle: trail({ key: 'credit.group' }, { key: 'credit.itemsTitle' }),
      },
      {
        path: 'supervision/tasks',
        element: guarded('supervision.read', <SupervisionTasksPage />),
        handle: trail({ key: 'supervision.group' }, { key: 'supervision.tasksTitle' }),
      },
      {
        path: 'supervision/tasks/:id',
        element: guarded('supervision.read', <SupervisionTaskPage />),
        handle: trail({ key: 'supervision.tasksTitle', to: '/supervision/tasks' }, { key: 'supervision.detail' }),
      },
      {
        path: 'indicators',
        element: guarded('supervision.manage', <IndicatorOverviewPage />),
        handle: trail({ key: 'supervision.group' }, { key: 'menu.indicators' }),
      },
      {
        path: 'assessment',
        element: guarded('supervision.read', <AssessmentPage />),
        handle: trail({ key: 'supervision.group' }, { key: 'menu.assessment' }),
      },
      {
        path: 'training',
        element: guarded('training.read', <TrainingPage />),
        handle: trail({ key: 'supervision.group' }, { key: 'training.title' }),
      },
      {
        path: 'credit/cases',
        element: guarded('credit.review', <CreditCasesPage />),
        handle: trail({ key: 'credit.group' }, { key: 'creditCases.title' }),
      },
      {
        path: 'security/roles',
        element: guarded('security.read', <RolesPage />),
        handle: trail({ key: 'menu.securityGroup' }, { key: 'menu.roles' }),
      },
      {
        path: 'security/policy',
        element: guarded('security.read', <PolicyPage />),
        handle: trail({ key: 'menu.securityGroup' }, { key: 'menu.policy' }),
      },
      { path: 'inspections', element: <InspectionListPage />, handle: trail({ key: 'menu.inspections', to: '/inspections' }) },
      {
        path: 'inspections/new',
        element: guarded('inspection.plan', <InspectionPlanFormPage />),
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'inspection.new' }),
      },
      {
        path: 'inspections/draws',
        element: guarded('inspection.approve', <RandomDrawPage />),
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'menu.randomDraw' }),
      },
      { path: 'surveys', element: guarded('survey.manage', <SurveysPage />), handle: trail({ key: 'menu.surveys' }) },
      { path: 'portal/surveys', element: guarded('case.portal', <PortalSurveysPage />), handle: trail({ key: 'menu.mySurveys' }) },
      {
        path: 'interviews',
        element: guarded('case.read', <InterviewsPage />),
        handle: trail({ key: 'menu.interviews', to: '/interviews' }),
      },
      {
        path: 'interviews/:id',
        element: guarded('case.read', <InterviewDetailPage />),
        handle: trail({ key: 'menu.interviews', to: '/interviews' }, { key: 'interview.title' }),
      },
      {
        path: 'whitelist',
        element: guarded('whitelist.read', <WhitelistPage />),
        handle: trail({ key: 'menu.whitelist' }),
      },
      {
        path: 'inspections/items',
        element: guarded('inspection.item.manage', <InspectionItemsPage />),
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'setup.menu.inspectionItems' }),
      },
      {
        path: 'inspections/task-list',
        element: guarded('inspection.task_list.manage', <TaskListPage />),
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'setup.menu.taskList' }),
      },
      {
        path: 'inspections/trigger-rules',
        element: guarded('inspection.task_list.manage', <TriggerRulesPage />),
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'setup.menu.triggerRules' }),
      },
      {
        path: 'inspections/:id',
        element: <InspectionDetailPage />,
        handle: trail({ key: 'menu.inspections', to: '/inspections' }, { key: 'inspection.detail' }),
      },
      { path: 'cases', element: guarded('case.read', <CaseListPage />), handle: trail(...CASES) },
      { path: 'cases/new', element: guarded('case.handle', <CaseStartPage />), handle: trail(...CASES, { key: 'crumb.caseNew' }) },
      { path: 'cases/:id', element: guarded('case.read', <CaseDetailPage />), handle: trail(...CASES, { key: 'crumb.caseDetail' }) },
      { path: 'todo', element: guarded('case.handle', <TodoPage />), handle: trail(CASES_GROUP, { key: 'menu.todo' }) },
      { path: 'follow-ups', element: guarded('case.read', <FollowUpsPage />), handle: trail(CASES_GROUP, { key: 'menu.followUps' }) },
      {
        path: 'observation-periods',
        element: guarded('case.read', <ObservationPeriodsPage />),
        handle: trail(CASES_GROUP, { key: 'menu.observationPeriods' }),
      },
      {
        path: 'guidance-campaigns',
        element: guarded('case.handle', <GuidanceCampaignsPage />),
        handle: trail(CASES_GROUP, { key: 'menu.guidanceCampaigns' }),
      },
      {
        path: 'document-templates',
        element: guarded('case.handle', <DocumentTemplatesPage />),
        handle: trail(CASES_GROUP, { key: 'menu.documentTemplates' }),
      },
      {
        path: 'case-settings',
        element: guarded('case.handle', <CaseSettingsPage />),
        handle: trail(CASES_GROUP, { key: 'menu.caseSettings' }),
      },
      { path: 'portal/cases', element: guarded('case.portal', <MyCasesPage />), handle: trail(MY_CASES) },
      {
        path: 'portal/cases/:id',
        element: guarded('case.portal', <MyCaseDetailPage />),
        handle: trail(MY_CASES, { key: 'crumb.caseDetail' }),
      },
      { path: 'portal/credit', element: guarded('credit.apply', <MyCreditPage />), handle: trail({ key: 'menu.myCredit' }) },
      {
        path: 'portal/self-inspections',
        element: guarded('credit.apply', <MySelfInspectionsPage />),
        handle: trail({ key: 'selfInspection.myTitle' }),
      },
      { path: 'portal/guidance', element: guarded('case.portal', <MyGuidancePage />), handle: trail({ key: 'menu.myGuidance' }) },
      {
        path: 'rules/violation-items',
        element: guarded('rules.read', <ViolationItemsPage />),
        handle: trail(...RULES, { key: 'menu.catalogue' }),
      },
      { path: 'rules/no-penalty-lists', element: guarded('rules.read', <NoPenaltyListsPage />), handle: trail(...RULES, LISTS) },
      {
        path: 'rules/no-penalty-lists/new',
        element: guarded('rules.draft', <NoPenaltyListEditPage />),
        handle: trail(...RULES, LISTS, { key: 'rules.newList' }),
      },
      {
        path: 'rules/no-penalty-lists/:id',
        element: guarded('rules.read', <NoPenaltyListDetailPage />),
        handle: trail(...RULES, LISTS, { key: 'rules.version' }),
      },
      {
        path: 'rules/no-penalty-lists/:id/edit',
        element: guarded('rules.draft', <NoPenaltyListEditPage />),
        handle: trail(...RULES, LISTS, { key: 'rules.editList' }),
      },
      { path: 'rules/benchmarks', element: guarded('rules.read', <BenchmarksPage />), handle: trail(...RULES, { key: 'menu.benchmarks' }) },
      {
        path: 'decisions/assistant',
        element: guarded('decision.evaluate', <DecisionAssistantPage />),
        handle: trail({ key: 'menu.assistant' }),
      },
      { path: 'audit-log', element: guarded('audit.read', <AuditLogPage />), handle: trail({ key: 'menu.auditLog' }) },
      { path: 'my-entity', element: guarded('own_entity.read', <MyEntityPage />), handle: trail({ key: 'menu.myEntity' }) },
      { path: 'profile', element: <ProfilePage />, handle: trail({ key: 'menu.profile' }) },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage />, handle: trail({ key: 'crumb.notFound' }) },
    ],
  },
]);
