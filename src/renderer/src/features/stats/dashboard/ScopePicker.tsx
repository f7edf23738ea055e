// The dashboard's scope: a street, community or grid; a grid worker picks among their own grids only (the server
// refuses the others), which the dashboard's own unscoped answer names.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryProc } from '../../../api/hooks';
import { GridTreeSelect } from '../../../components/GridTreeSelect';
import { useCurrentUser } from '../../auth/SessionProvider';
import { thisMonth } from './dashboardParams';

/**
 * A grid worker's top grids: without a grid asked for, the dashboard answers for their one top grid, or for all
 * they reach with those top grids as its 12345 areas.
 */
function useOwnGrids(enabled: boolean): number[] | undefined {
  const reach = useQueryProc('dashboard.today', {}, { enabled });
  const single = reach.data?.scope.gridId;
  const several = useQueryProc(
    'dashboard.trends',
    { endMonth: thisMonth(), months: 12 },
    { enabled: enabled && reach.data !== undefined && single === null },
  );
  return useMemo(() => {
    if (!enabled || reach.data === undefined) return undefined;
    if (single != null) return [single];
    return several.data?.cases?.areas.map((area) => area.gridId) ?? [];
  }, [enabled, reach.data, single, several.data]);
}

export function ScopePicker({ value, onChange }: { value?: number; onChange: (gridId: number | undefined) => void }) {
  const { t } = useTranslation();
  const ownOnly = useCurrentUser().role === 'grid_worker';
  const roots = useOwnGrids(ownOnly);
  return (
    <GridTreeSelect
      style={{ width: 260 }}
      allowClear
      label={t('dashboard.scope')}
      placeholder={ownOnly ? t('dashboard.scopeMine') : t('dashboard.scopeAll')}
      value={value}
      onChange={onChange}
      roots={ownOnly ? (roots ?? []) : undefined}
    />
  );
}
