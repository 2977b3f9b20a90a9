import {
  AlertOutlined,
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  NotificationOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me, Permission } from '@rouxing/contracts';
import type { ReactNode } from 'react';
import { can, isEnterpriseAccount } from '../lib/permissions';

export type Leaf = { key: string; testId: string; labelKey: string; path: string; icon?: ReactNode; visible: (me: Me) => boolean };
export type Group = { key: string; testId: string; labelKey: string; icon: ReactNode; children: Leaf[] };
export type Node = Leaf | Group;

/** Visible to whoever holds the permission. */
const perm = (p: Permission) => (me: Me) => can(me, p);

/** The console's menu. Visibility follows permissions, never role names: the server is the authority. */
export const MENU: readonly Node[] = [
  {
    key: 'dashboard',
    testId: 'menu-dashboard',
    labelKey: 'menu.dashboard',
    path: '/',
    icon: <DashboardOutlined />,
    visible: (me) => !isEnterpriseAccount(me),
  },
  {
    key: 'cases-group',
    testId: 'menu-group-cases',
    labelKey: 'menu.casesGroup',
    icon: <FileProtectOutlined />,
    children: [
      { key: 'cases', testId: 'menu-cases', labelKey: 'menu.cases', path: '/cases', visible: perm('case.read') },
      { key: 'todo', testId: 'menu-todo', labelKey: 'menu.todo', path: '/todo', visible: perm('case.handle') },
      { key: 'follow-ups', testId: 'menu-follow-ups', labelKey: 'menu.followUps', path: '/follow-ups', visible: perm('case.read') },
      {
        key: 'observation-periods',
        testId: 'menu-observation-periods',
        labelKey: 'menu.observationPeriods',
        path: '/observation-periods',
        visible: perm('case.read'),
      },
      {
        key: 'guidance-campaigns',
        testId: 'menu-guidance-campaigns',
        labelKey: 'menu.guidanceCampaigns',
        path: '/guidance-campaigns',
        visible: perm('case.handle'),
      },
      {
        key: 'document-templates',
        testId: 'menu-document-templates',
        labelKey: 'menu.documentTemplates',
        path: '/document-templates',
        visible: perm('case.handle'),
      },
      {
        key: 'case-settings',
        testId: 'menu-case-settings',
        labelKey: 'menu.caseSettings',
        path: '/case-settings',
        visible: perm('case.handle'),
      },
    ],
  },
  {
    key: 'my-cases',
    testId: 'menu-my-cases',
    labelKey: 'menu.myCases',
    path: '/portal/cases',
    icon: <FileProtectOutlined />,
    visible: perm('case.portal'),
  },
  {
    key: 'my-guidance',
    testId: 'menu-my-guidance',
    labelKey: 'menu.myGuidance',
    path: '/portal/guidance',
    icon: <NotificationOutlined />,
    visible: perm('case.portal'),
  },
  {
    key: 'entities-group',
    testId: 'menu-group-entities',
    labelKey: 'menu.entityGroup',
    icon: <ShopOutlined />,
    children: [
      { key: 'entities', testId: 'menu-entities', labelKey: 'menu.entities', path: '/entities', visible: perm('entity.read') },
      {
        key: 'entity-import',
        testId: 'menu-entity-import',
        labelKey: 'menu.entityImport',
        path: '/entities/import',
        visible: perm('entity.import'),
      },
    ],
  },
  {
    key: 'admin-group',
    testId: 'menu-group-admin',
    labelKey: 'menu.adminGroup',
    icon: <SettingOutlined />,
    children: [
      { key: 'users', testId: 'menu-users', labelKey: 'menu.users', path: '/admin/users', visible: perm('user.manage') },
      { key: 'first-run', testId: 'menu-first-run', labelKey: 'setup.menu.firstRun', path: '/admin/setup', visible: perm('user.manage') },
      {
        key: 'departments',
        testId: 'menu-departments',
        labelKey: 'menu.departments',
        path: '/admin/departments',
        visible: perm('user.manage'),
      },
      {
        key: 'holiday-arrangements',
        testId: 'menu-holiday-arrangements',
        labelKey: 'menu.holidayArrangements',
        path: '/admin/holiday-arrangements',
        visible: perm('calendar.manage'),
      },
    ],
  },
  {
    key: 'security-group',
    testId: 'menu-group-security',
    labelKey: 'menu.securityGroup',
    icon: <SafetyCertificateOutlined />,
    children: [
      { key: 'roles', testId: 'menu-roles', labelKey: 'menu.roles', path: '/security/roles', visible: perm('security.read') },
      { key: 'policy', testId: 'menu-policy', labelKey: 'menu.policy', path: '/security/policy', visible: perm('security.read') },
    ],
  },
  {
    key: 'rules-group',
    testId: 'menu-group-rules',
    labelKey: 'menu.rulesGroup',
    icon: <BookOutlined />,
    children: [
      {
        key: 'catalogue',
        testId: 'menu-catalogue',
        labelKey: 'menu.catalogue',
        path: '/rules/violation-items',
        visible: perm('rules.read'),
      },
      { key: 'lists', testId: 'menu-lists', labelKey: 'menu.lists', path: '/rules/no-penalty-lists', visible: perm('rules.read') },
      { key: 'benchmarks', testId: 'menu-benchmarks', labelKey: 'menu.benchmarks', path: '/rules/benchmarks', visible: perm('rules.read') },
    ],
  },
  {
    key: 'inspections',
    testId: 'menu-inspections',
    labelKey: 'menu.inspections',
    path: '/inspections',
    icon: <FileSearchOutlined />,
    visible: (me) => can(me, 'inspection.read') || can(me, 'own_entity.read'),
  },
  {
    key: 'inspection-items',
    testId: 'menu-inspection-items',
    labelKey: 'setup.menu.inspectionItems',
    path: '/inspections/items',
    icon: <UnorderedListOutlined />,
    visible: perm('inspection.item.manage'),
  },
  {
    key: 'joint-task-list',
    testId: 'menu-joint-task-list',
    labelKey: 'setup.menu.taskList',
    path: '/inspections/task-list',
    icon: <PartitionOutlined />,
    visible: perm('inspection.task_list.manage'),
  },
  {
    key: 'trigger-rules',
    testId: 'menu-trigger-rules',
    labelKey: 'setup.menu.triggerRules',
    path: '/inspections/trigger-rules',
    icon: <AlertOutlined />,
    visible: perm('inspection.task_list.manage'),
  },
  {
    key: 'random-draw',
    testId: 'menu-random-draw',
    labelKey: 'menu.randomDraw',
    path: '/inspections/draws',
    icon: <ExperimentOutlined />,
    visible: perm('inspection.approve'),
  },
  {
    key: 'assistant',
    testId: 'menu-assistant',
    labelKey: 'menu.assistant',
    path: '/decisions/assistant',
    icon: <CalculatorOutlined />,
    visible: perm('decision.evaluate'),
  },
  {
    key: 'audit-log',
    testId: 'menu-audit-log',
    labelKey: 'menu.auditLog',
    path: '/audit-log',
    icon: <AuditOutlined />,
    visible: perm('audit.read'),
  },
  {
    key: 'my-entity',
    testId: 'menu-my-entity',
    labelKey: 'menu.myEntity',
    path: '/my-entity',
    icon: <IdcardOutlined />,
    visible: perm('own_entity.read'),
  },
  { key: 'profile', testId: 'menu-profile', labelKey: 'menu.profile', path: '/profile', icon: <UserOutlined />, visible: () => true },
];
