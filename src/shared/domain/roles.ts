// Roles and what each may do: the one table both the router and the navigation read.

export const roles = ['admin', 'manager', 'desk', 'grid_worker', 'branch_secretary'] as const;
export type Role = (typeof roles)[number];

export const permissions = ['grids.read', 'grids.manage', 'users.manage', 'audit.read'] as const;
export type Permission = (typeof permissions)[number];

const permissionsByRole: Record<Role, readonly Permission[]> = {
  admin: ['grids.read', 'grids.manage', 'users.manage', 'audit.read'],
  manager: ['grids.read', 'grids.manage', 'audit.read'],
  desk: ['grids.read'],
  grid_worker: ['grids.read'],
  branch_secretary: ['grids.read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissionsByRole[role];
}
