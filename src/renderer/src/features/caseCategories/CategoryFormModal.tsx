// Adding a top category or a sub-category, or changing one: its names and its own deadlines; a deadline left
// empty is inherited (from the parent, else the defaults), and the field says what it would inherit.
import { Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { CategoryRow } from '../../../../shared/contract/cases';
import type { DeadlineLimits } from '../../../../shared/domain/caseDeadlines';
import { FormModal, useSaveAndClose } from '../../components/FormModal';
import { zodRule } from '../../components/zodRule';
import { useCategoryMutation } from './useCategoryMutation';

export type CategoryFormMode =
  | { kind: 'create'; parent: CategoryRow | null; inherited: DeadlineLimits }
  | { kind: 'edit'; row: CategoryRow; parentName: string | null; inherited: DeadlineLimits };

interface CategoryValues {
  name: string;
  nameEn?: string;
  acceptWorkingDays?: number | null;
  resolveDays?: number | null;
  urgentResolveDays?: number | null;
}

const fields = contract['cases.updateCategory'].input.shape;
export const deadlineKeys = ['acceptWorkingDays', 'resolveDays', 'urgentResolveDays'] as const;

export function CategoryFormModal({ mode, onClose }: { mode: CategoryFormMode | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CategoryValues>();
  const save = useSaveAndClose(form, onClose);
  const create = useCategoryMutation('cases.createCategory');
  const update = useCategoryMutation('cases.updateCategory');
  const editing = mode?.kind === 'edit' ? mode.row : null;

  // Filled once per opening: a refetch after a stale-version refusal brings a new version, not new typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the category's id on purpose, see above.
  useEffect(() => {
    if (editing) {
      form.setFieldsValue({
        name: editing.name,
        nameEn: editing.nameEn ?? '',
        acceptWorkingDays: editing.acceptWorkingDays,
        resolveDays: editing.resolveDays,
        urgentResolveDays: editing.urgentResolveDays,
      });
    }
  }, [editing?.id, form]);

  const submit = (values: CategoryValues) => {
    if (!mode) return;
    const deadlines = {
      acceptWorkingDays: values.acceptWorkingDays ?? null,
      resolveDays: values.resolveDays ?? null,
      urgentResolveDays: values.urgentResolveDays ?? null,
    };
    return save(async () => {
      if (mode.kind === 'create') {
        const row = await create.mutateAsync({
          parentId: mode.parent?.id,
          name: values.name,
          nameEn: values.nameEn || undefined,
          ...deadlines,
        });
        return t('caseCategories.created', { name: row.name });
      }
      const row = await update.mutateAsync({
        id: mode.row.id,
        version: mode.row.version,
        name: values.name,
        nameEn: values.nameEn ?? '',
        archived: mode.row.archived,
        ...deadlines,
      });
      return t('caseCategories.updated', { name: row.name });
    });
  };

  const parentName = mode?.kind === 'create' ? (mode.parent?.name ?? null) : (mode?.parentName ?? null);
  const title = editing
    ? t('caseCategories.editTitle', { name: editing.name })
    : parentName
      ? t('caseCategories.addSubTitle', { parent: parentName })
      : t('caseCategories.addTopTitle');

  return (
    <FormModal
      form={form}
      open={mode !== null}
      title={title}
      onClose={onClose}
      pending={create.isPending || update.isPending}
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t('caseCategories.name')} required rules={[zodRule(fields.name, t)]}>
              <Input autoFocus maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t('caseCategories.nameEn')} rules={[zodRule(fields.nameEn, t)]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">
          {t(parentName ? 'caseCategories.formInheritSub' : 'caseCategories.formInheritTop')}
        </Typography.Paragraph>
        <Row gutter={12}>
          {deadlineKeys.map((key) => (
            <Col span={8} key={key}>
              <Form.Item
                name={key}
                label={t(`caseCategories.deadlines.${key}`)}
                rules={[zodRule(fields[key].unwrap().optional(), t)]}
              >
                <InputNumber
                  min={1}
                  max={90}
                  precision={0}
                  style={{ width: '100%' }}
                  placeholder={t('caseCategories.inheritPlaceholder', { value: mode?.inherited[key] ?? '' })}
                  suffix={t(key === 'acceptWorkingDays' ? 'caseCategories.workingDays' : 'caseCategories.days')}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </FormModal>
  );
}
