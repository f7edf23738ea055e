// Hanging a grid under another parent: only grids of the level above are offered, named by their path.
import { Empty, Form, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridNode } from '../../../../shared/contract/grids';
import { parentLevelOf } from '../../../../shared/domain/gridLevels';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { type GridTreeModel, pathLabel } from './gridTreeModel';
import { useGridMutation } from './useGridMutation';

export function MoveGridModal({
  grid,
  model,
  onClose,
}: {
  grid: GridNode | null;
  model: GridTreeModel;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ parentId: number }>();
  const save = useSaveAndClose(form, onClose);
  const move = useGridMutation('grids.move');
  const parentLevel = grid ? parentLevelOf(grid.level) : null;
  const levelName = parentLevel ? t(`gridLevels.${parentLevel}`) : '';
  const currentParent = grid?.parentId ? model.byId.get(grid.parentId) : undefined;

  const targets = useMemo(
    () =>
      grid && parentLevel
        ? [...model.byId.values()]
            .filter((node) => node.level === parentLevel && !node.archived && node.id !== grid.parentId)
            .map((node) => ({ value: node.id, label: pathLabel(model, node.id) || node.name }))
        : [],
    [grid, parentLevel, model],
  );

  const submit = async ({ parentId }: { parentId: number }) => {
    if (!grid) return;
    await save(async () => {
      await move.mutateAsync({ id: grid.id, version: grid.version, parentId });
      return t('grids.moved', { parent: model.byId.get(parentId)?.name ?? '' });
    });
  };

  return (
    <FormModal
      form={form}
      open={grid !== null}
      title={grid ? t('grids.moveForm.title', { name: grid.name }) : ''}
      okText={t('grids.move')}
      okButtonProps={{ disabled: targets.length === 0 }}
      onClose={onClose}
      pending={move.isPending}
    >
      {currentParent && (
        <Typography.Paragraph type="secondary">
          {t('grids.moveForm.current', { parent: pathLabel(model, currentParent.id) || currentParent.name })}
        </Typography.Paragraph>
      )}
      {targets.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grids.moveForm.noTargets')} />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="parentId"
            label={t('grids.moveForm.parent', { level: levelName })}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={targets} showSearch={{ optionFilterProp: 'label' }} autoFocus />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}
