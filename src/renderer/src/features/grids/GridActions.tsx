// What a manager may do to the selected grid: add a child of the next level, rename, move, archive or restore.
import { EditOutlined, InboxOutlined, PlusOutlined, RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridNode } from '../../../../shared/contract/grids';
import { childLevelOf, parentLevelOf } from '../../../../shared/domain/gridLevels';
import { useErrorReporter } from '../../components/useErrorReporter';
import { GridFormModal, type GridFormMode } from './GridFormModal';
import type { GridTreeModel } from './gridTreeModel';
import { MoveGridModal } from './MoveGridModal';
import { useGridMutation } from './useGridMutation';

type Dialog = 'create' | 'rename' | 'move' | null;

export function GridActions({ grid, model }: { grid: GridNode; model: GridTreeModel }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const report = useErrorReporter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const archive = useGridMutation('grids.archive');
  const restore = useGridMutation('grids.restore');
  const childLevel = childLevelOf(grid.level);

  // Built from the latest `grid` on every render, so a retry after a refetch sends the new version.
  const formMode: GridFormMode | null =
    dialog === 'create' && childLevel
      ? { kind: 'create', parent: grid, level: childLevel }
      : dialog === 'rename'
        ? { kind: 'rename', grid }
        : null;

  if (grid.archived) {
    return (
      <Button
        icon={<RollbackOutlined />}
        loading={restore.isPending}
        onClick={() =>
          modal.confirm({
            title: t('grids.restoreConfirmTitle', { name: grid.name }),
            okText: t('grids.restore'),
            cancelText: t('common.cancel'),
            onOk: () =>
              restore
                .mutateAsync({ id: grid.id, version: grid.version })
                .then(() => message.success(t('grids.restoredDone', { name: grid.name })))
                .catch((error) => void report(error)),
          })
        }
      >
        {t('grids.restore')}
      </Button>
    );
  }

  return (
    <Flex gap={8} wrap justify="flex-end">
      {childLevel && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
          {t(`grids.add.${childLevel}`)}
        </Button>
      )}
      <Button icon={<EditOutlined />} onClick={() => setDialog('rename')}>
        {t('grids.rename')}
      </Button>
      {parentLevelOf(grid.level) && (
        <Button icon={<SwapOutlined />} onClick={() => setDialog('move')}>
          {t('grids.move')}
        </Button>
      )}
      <Button
        danger
        icon={<InboxOutlined />}
        loading={archive.isPending}
        onClick={() =>
          modal.confirm({
            title: t('grids.archiveConfirmTitle', { name: grid.name }),
            content: t('grids.archiveConfirmText'),
            okText: t('grids.archive'),
            okButtonProps: { danger: true },
            cancelText: t('common.cancel'),
            onOk: () =>
              archive
                .mutateAsync({ id: grid.id, version: grid.version })
                .then(() => message.success(t('grids.archivedDone', { name: grid.name })))
                .catch((error) => void report(error)),
          })
        }
      >
        {t('grids.archive')}
      </Button>
      <GridFormModal mode={formMode} onClose={() => setDialog(null)} />
      <MoveGridModal grid={dialog === 'move' ? grid : null} model={model} onClose={() => setDialog(null)} />
    </Flex>
  );
}
