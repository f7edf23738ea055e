// Roles and what each may do: the one table both the router and the navigation read.

export const roles = ['admin', 'manager', 'desk', 'grid_worker', 'branch_secretary'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'grids.read',
  'grids.manage',
  'users.manage',
  'audit.read',
  'audit.verify',
  'backups.manage',
  'households.read',
  'households.manage',
  'households.import',
  'households.export',
  'residents.reveal',
  'residents.attention',
  'visits.read',
  'visits.record',
  'cases.read',
  'cases.register',
  'cases.handle',
  'cases.supervise',
  'cases.categories',
  'cases.export',
  'wishes.read',
  'wishes.claim',
  'party.read',
  'party.manage',
  'party.setup',
  'party.review',
  'team.read',
  'team.manage',
  'team.ownScore',
  'dashboard.read',
  'summaries.read',
  'summaries.write',
] as const;
export type Permission = (typeof permissions)[number];

const register: Permission[] = [
  'households.read',
  'households.manage',
  'residents.reveal',
  'visits.read',
  'visits.record',
];

/**
 * Registering, dispatching and following up cases at the desk, exporting the list; claiming wishes on behalf of
 * whoever takes one.
 */
const caseDesk: Permission[] = [
  'cases.read',
  'cases.register',
  'cases.handle',
  'cases.export',
  'wishes.read',
  'wishes.claim',
];

/**
 * Keeping a branch's roster, meetings, dues, service records and monthly report. A branch secretary's reach is
 * limited to their own branch by the services (row scope); managers set branches up and review the reports.
 */
const partyWork: Permission[] = ['party.read', 'party.manage'];

/**
 * A grid worker's reach is also limited to their own grids by the services (row scope); attention groups
 * (重点人群) are for managers, administrators and the grid's own worker only.
 */
const permissionsByRole: Record<Role, readonly Permission[]> = {
  admin: [...permissions],
  manager: [
    'grids.read',
    'grids.manage',
    'audit.read',
    ...register,
    'households.import',
    'households.export',
    'residents.attention',
    ...caseDesk,
    'cases.supervise',
    'cases.categories',
    ...partyWork,
    'party.setup',
    'party.review',
    'team.read',
    'team.manage',
    'team.ownScore',
    'dashboard.read',
    'summaries.read',
    'summaries.write',
  ],
  desk: ['grids.read', ...register, 'households.import', 'households.export', ...caseDesk, 'dashboard.read'],
  grid_worker: [
    'grids.read',
    ...register,
    'residents.attention',
    'cases.read',
    'cases.handle',
    'wishes.read',
    // Their own monthly score sheet: how each number of their assessment was computed.
    'team.ownScore',
    // Their own grids' numbers: the dashboard answers within their reach.
    'dashboard.read',
  ],
  branch_secretary: ['grids.read', 'wishes.read', 'wishes.claim', ...partyWork, 'dashboard.read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissionsByRole[role];
}
