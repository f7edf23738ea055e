// Adding a grid under a parent (its level fixed by the parent's) or renaming one, with its code.
import { Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { GridNode } from '../../../../shared/contract/grids';
import type { GridLevel } from '../../../../shared/domain/gridLevels';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { useGridMutation } from './useGridMutation';

export type GridFormMode =
  | { kind: 'create'; parent: GridNode | null; level: GridLevel }
  | { kind: 'rename'; grid: GridNode };

interface GridValues {
  name: string;
  code?: string;
}

const fields = contract['grids.create'].input.shape;

export function GridFormModal({
  mode,
  onClose,
  onCreated,
}: {
  mode: GridFormMode | null;
  onClose: () => void;
  onCreated?: (grid: GridNode) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GridValues>();
  const save = useSaveAndClose(form, onClose);
  const create = useGridMutation('grids.create');
  const rename = useGridMutation('grids.rename');
  const pending = create.isPending || rename.isPending;

  // Filled once per opening: a refetch after a stale-version refusal brings a new version, not new typing.
  const renaming = mode?.kind === 'rename' ? mode.grid : null;
  const renamingId = renaming?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the grid's id on purpose, see above.
  useEffect(() => {
    if (renaming) form.setFieldsValue({ name: renaming.name, code: renaming.code ?? '' });
  }, [renamingId, form]);

  const submit = ({ name, code }: GridValues) => {
    if (!mode) return;
    return save(async () => {
      if (mode.kind === 'create') {
        const grid = await create.mutateAsync({
          parentId: mode.parent?.id ?? null,
          level: mode.level,
          name,
          code: code || undefined,
        });
        onCreated?.(grid);
        return t('grids.created', { name: grid.name });
      }
      // The version read with the grid: the server refuses it if someone changed the grid since.
      const grid = await rename.mutateAsync({ id: mode.grid.id, version: mode.grid.version, name, code: code ?? '' });
      return t('grids.renamed', { name: grid.name });
    });
  };

  const title =
    mode?.kind === 'rename'
      ? t('grids.form.renameTitle', { name: mode.grid.name })
      : t(`grids.add.${mode?.level ?? 'street'}`);

  return (
    <FormModal form={form} open={mode !== null} title={title} onClose={onClose} pending={pending}>
      {mode?.kind === 'create' && mode.parent && (
        <Typography.Paragraph type="secondary">
          {t('grids.form.createUnder', { parent: mode.parent.name })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('grids.form.name')} required rules={[zodRule(fields.name, t)]}>
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('grids.form.code')}
          rules={[zodRule(fields.code, t)]}
          extra={t('grids.form.codeHint')}
        >
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
