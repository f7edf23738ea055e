// The organisation tree's levels (street → community → comprehensive grid → micro-grid) and their order.

export const gridLevels = ['street', 'community', 'grid', 'micro_grid'] as const;
export type GridLevel = (typeof gridLevels)[number];

/** The level a node of `level` may hold beneath it, or null for a leaf. */
export function childLevelOf(level: GridLevel): GridLevel | null {
  const index = gridLevels.indexOf(level);
  return index >= 0 && index < gridLevels.length - 1 ? (gridLevels[index + 1] ?? null) : null;
}

/** The level a node of `level` must hang from, or null for the root level. */
export function parentLevelOf(level: GridLevel): GridLevel | null {
  const index = gridLevels.indexOf(level);
  return index > 0 ? (gridLevels[index - 1] ?? null) : null;
}

export const staffDuties = ['cadre', 'full_time', 'info_officer', 'volunteer', 'police'] as const;
export type StaffDuty = (typeof staffDuties)[number];
