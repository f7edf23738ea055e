// 场所巡查: the inspections made (newest first) and the places on the grids, in two tabs; a manager records an
// inspection from the page or from a place's row, and a hazard found is shown as the case it became.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { InspectionRow, PlaceRow } from '../../../../../shared/contract/team';
import { PageTitle } from '../../../components/PageTitle';
import { useCan } from '../../auth/SessionProvider';
import { HazardCaseModal } from './HazardCaseModal';
import { InspectionFormModal } from './InspectionFormModal';
import { InspectionList } from './InspectionList';
import { PlaceFormModal } from './PlaceFormModal';
import { PlaceList } from './PlaceList';
import './places.css';

/** The inspection form is open: on any place (null) or on one chosen from its row. */
type Inspecting = { place: PlaceRow | null } | null;

export function InspectionsPage() {
  const { t } = useTranslation();
  const canManage = useCan('team.manage');
  // The tab lives in the address, so a link can open the places.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'places' ? 'places' : 'records';
  const setTab = (key: string) => setParams(key === 'places' ? { tab: 'places' } : {}, { replace: true });
  const [inspecting, setInspecting] = useState<Inspecting>(null);
  // undefined: closed; null: a new place; a row: editing it.
  const [editing, setEditing] = useState<PlaceRow | null | undefined>(undefined);
  const [hazardCase, setHazardCase] = useState<InspectionRow | null>(null);

  const onInspect = canManage ? (place: PlaceRow) => setInspecting({ place }) : undefined;
  const onEdit = canManage ? (place: PlaceRow) => setEditing(place) : undefined;

  return (
    <>
      <PageTitle
        title={t('teamField.title')}
        intro={t('teamField.intro')}
        actions={
          canManage &&
          (tab === 'places' ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('teamField.places.add')}
            </Button>
          ) : (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setInspecting({ place: null })}>
              {t('teamField.records.record')}
            </Button>
          ))
        }
      />
      <Tabs
        className="places-tabs"
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'records',
            label: t('teamField.tabs.records'),
            children: <InspectionList canManage={canManage} />,
          },
          {
            key: 'places',
            label: t('teamField.tabs.places'),
            children: <PlaceList canManage={canManage} onInspect={onInspect} onEdit={onEdit} />,
          },
        ]}
      />
      <InspectionFormModal
        open={inspecting !== null}
        place={inspecting?.place ?? null}
        onClose={() => setInspecting(null)}
        onHazardCase={setHazardCase}
      />
      <PlaceFormModal place={editing} onClose={() => setEditing(undefined)} />
      <HazardCaseModal inspection={hazardCase} onClose={() => setHazardCase(null)} />
    </>
  );
}
