// The grids page: the organisation tree on the left, the selected grid (from the address) on the right.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useCan } from '../auth/SessionProvider';
import { GridDetail } from './GridDetail';
import { GridFormModal } from './GridFormModal';
import { GridTree } from './GridTree';
import { useGridTree } from './useGridTree';
import './grids.css';

export function GridsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan('grids.manage');
  const params = useParams();
  const selectedId = Number(params['*']) || null;
  const [showArchived, setShowArchived] = useState(false);
  const [creatingStreet, setCreatingStreet] = useState(false);
  const tree = useGridTree(showArchived);
  const noGrids = !tree.isPending && tree.model.roots.length === 0 && !showArchived;

  const emptyTree = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Paragraph>{t('grids.emptyTree')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {canManage ? t('grids.emptyTreeManage') : t('grids.emptyTreeRead')}
          </Typography.Paragraph>
        </>
      }
    >
      {canManage && noGrids && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreatingStreet(true)}>
          {t('grids.createStreet')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <PageTitle title={t('grids.title')} intro={t('areas.grids')} />
      <div className="grids-layout">
        <GridTree
          model={tree.model}
          loading={tree.isPending}
          selectedId={selectedId}
          onSelect={(id) => navigate(`/grids/${id}`)}
          showArchived={showArchived}
          onShowArchivedChange={setShowArchived}
          empty={emptyTree}
        />
        <div className="grids-detail">
          {selectedId !== null ? (
            <GridDetail id={selectedId} model={tree.model} />
          ) : (
            <Card>
              <Empty description={noGrids ? t('grids.emptyTree') : t('grids.selectHint')} />
            </Card>
          )}
        </div>
      </div>
      <GridFormModal
        mode={creatingStreet ? { kind: 'create', parent: null, level: 'street' } : null}
        onClose={() => setCreatingStreet(false)}
        onCreated={(grid) => navigate(`/grids/${grid.id}`)}
      />
    </>
  );
}
