// Every area of the app in one table: its menu group, route, icon, whether it is built, and who may use it.
// The menu, the routes, the home page's shortcuts and the route guard all read this table and nothing else.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  ImportOutlined,
  InboxOutlined,
  MoneyCollectOutlined,
  ReadOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { SessionUser } from '../../../../shared/contract/auth';
import type { Permission, Role } from '../../../../shared/domain/roles';

export type GroupKey = 'home' | 'cases' | 'households' | 'party' | 'team' | 'stats' | 'organisation' | 'system';

export type AreaKey =
  | 'home'
  | 'myWork'
  | 'cases'
  | 'wishes'
  | 'households'
  | 'visits'
  | 'householdImport'
  | 'partyBranches'
  | 'partyMembers'
  | 'partyMeetings'
  | 'partyDues'
  | 'partyReports'
  | 'teamStaff'
  | 'training'
  | 'inspections'
  | 'patrols'
  | 'assessment'
  | 'dashboard'
  | 'monthlySummary'
  | 'grids'
  | 'users'
  | 'caseCategories'
  | 'audit'
  | 'backups';

/**
 * Built areas are gated by the permission their procedures need, so the menu and the router agree.
 * Areas not built yet have no permission in the contract; until they do, the roles that will use them
 * (from DOMAIN.md's table of users) see them, so each role already finds its future work where it will be.
 */
export type AreaAccess = { everyone: true } | { permission: Permission } | { roles: readonly Role[] };

export interface Area {
  key: AreaKey;
  group: GroupKey;
  path: string;
  icon: ComponentType;
  built: boolean;
  access: AreaAccess;
}

export const groups: { key: GroupKey; icon: ComponentType }[] = [
  { key: 'home', icon: HomeOutlined },
  { key: 'cases', icon: CommentOutlined },
  { key: 'households', icon: IdcardOutlined },
  { key: 'party', icon: FlagOutlined },
  { key: 'team', icon: TeamOutlined },
  { key: 'stats', icon: BarChartOutlined },
  { key: 'organisation', icon: ApartmentOutlined },
  { key: 'system', icon: SettingOutlined },
];

export const areas: Area[] = [
  { key: 'home', group: 'home', path: '/', icon: HomeOutlined, built: true, access: { everyone: true } },
  {
    key: 'myWork',
    group: 'cases',
    path: '/cases/work',
    icon: InboxOutlined,
    built: true,
    access: { permission: 'cases.read' },
  },
  {
    key: 'cases',
    group: 'cases',
    path: '/cases',
    icon: CommentOutlined,
    built: true,
    access: { permission: 'cases.read' },
  },
  {
    key: 'wishes',
    group: 'cases',
    path: '/wishes',
    icon: HeartOutlined,
    built: true,
    access: { permission: 'wishes.read' },
  },
  {
    key: 'households',
    group: 'households',
    path: '/households',
    icon: IdcardOutlined,
    built: true,
    access: { permission: 'households.read' },
  },
  {
    key: 'visits',
    group: 'households',
    path: '/visits',
    icon: ScheduleOutlined,
    built: true,
    access: { permission: 'visits.read' },
  },
  {
    key: 'householdImport',
    group: 'households',
    path: '/households/import',
    icon: ImportOutlined,
    built: true,
    access: { permission: 'households.import' },
  },
  {
    key: 'partyBranches',
    group: 'party',
    path: '/party/branches',
    icon: FlagOutlined,
    built: true,
    access: { permission: 'party.read' },
  },
  {
    key: 'partyMembers',
    group: 'party',
    path: '/party/members',
    icon: UserOutlined,
    built: true,
    access: { permission: 'party.read' },
  },
  {
    key: 'partyMeetings',
    group: 'party',
    path: '/party/meetings',
    icon: CalendarOutlined,
    built: true,
    access: { permission: 'party.read' },
  },
  {
    key: 'partyDues',
    group: 'party',
    path: '/party/dues',
    icon: MoneyCollectOutlined,
    built: true,
    access: { permission: 'party.read' },
  },
  {
    key: 'partyReports',
    group: 'party',
    path: '/party/reports',
    icon: FileTextOutlined,
    built: true,
    access: { permission: 'party.read' },
  },
  {
    key: 'teamStaff',
    group: 'team',
    path: '/team/staff',
    icon: SolutionOutlined,
    built: true,
    access: { permission: 'team.read' },
  },
  {
    key: 'training',
    group: 'team',
    path: '/team/training',
    icon: ReadOutlined,
    built: true,
    access: { permission: 'team.read' },
  },
  {
    key: 'inspections',
    group: 'team',
    path: '/team/inspections',
    icon: AlertOutlined,
    built: true,
    access: { permission: 'team.read' },
  },
  {
    key: 'patrols',
    group: 'team',
    path: '/team/patrols',
    icon: SafetyOutlined,
    built: true,
    access: { permission: 'team.read' },
  },
  {
    key: 'assessment',
    group: 'team',
    path: '/team/assessment',
    icon: TrophyOutlined,
    built: true,
    access: { permission: 'team.ownScore' },
  },
  {
    key: 'dashboard',
    group: 'stats',
    path: '/stats/dashboard',
    icon: DashboardOutlined,
    built: true,
    access: { permission: 'dashboard.read' },
  },
  {
    key: 'monthlySummary',
    group: 'stats',
    path: '/stats/monthly',
    icon: BookOutlined,
    built: true,
    access: { permission: 'summaries.read' },
  },
  {
    key: 'grids',
    group: 'organisation',
    path: '/grids',
    icon: ApartmentOutlined,
    built: true,
    access: { permission: 'grids.read' },
  },
  {
    key: 'users',
    group: 'system',
    path: '/users',
    icon: UserSwitchOutlined,
    built: true,
    access: { permission: 'users.manage' },
  },
  {
    key: 'caseCategories',
    group: 'system',
    path: '/settings/case-categories',
    icon: TagsOutlined,
    built: true,
    access: { permission: 'cases.categories' },
  },
  {
    key: 'audit',
    group: 'system',
    path: '/audit',
    icon: AuditOutlined,
    built: true,
    access: { permission: 'audit.read' },
  },
  {
    key: 'backups',
    group: 'system',
    path: '/settings/backups',
    icon: DatabaseOutlined,
    built: true,
    access: { permission: 'backups.manage' },
  },
];

export function canUse(area: Area, user: SessionUser): boolean {
  const { access } = area;
  if ('everyone' in access) return true;
  if ('permission' in access) return user.permissions.includes(access.permission);
  return access.roles.includes(user.role);
}

export function areasFor(user: SessionUser): Area[] {
  return areas.filter((area) => canUse(area, user));
}

/** The area a location belongs to: the longest path that prefixes it (so /grids/12 is the grids area). */
export function areaOfPath(pathname: string): Area | undefined {
  return areas
    .filter((area) =>
      area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}
