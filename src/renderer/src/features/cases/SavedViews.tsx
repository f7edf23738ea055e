// The user's saved views of the case list: pick one to apply its filters, save the filters on screen under a name,
// delete one no longer wanted.
import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../../../../shared/contract/cases';
import { name as nameRule } from '../../../../shared/contract/common';
import { useMutationProc, useQueryProc } from '../../api/hooks';
import { useErrorReporter } from '../../components/useErrorReporter';
import { zodRule } from '../../components/zodRule';
import { hasCaseFilters, sameCaseFilters } from './caseListFilters';

export function SavedViews({ filters, onPick }: { filters: CaseFilters; onPick: (filters: CaseFilters) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const views = useQueryProc('cases.listViews', {});
  const save = useMutationProc('cases.saveView', { invalidates: ['cases.listViews'] });
  const remove = useMutationProc('cases.removeView', { invalidates: ['cases.listViews'] });
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const rows = views.data?.rows ?? [];
  const current = rows.find((view) => sameCaseFilters(view.filters, filters));

  const submit = async ({ name }: { name: string }) => {
    try {
      const saved = await save.mutateAsync({ name, filters });
      message.success(t('savedViews.saved', { name: saved.name }));
      setSaving(false);
      form.resetFields();
    } catch (error) {
      report(error, form);
    }
  };

  const onRemove = async (id: number, name: string) => {
    try {
      await remove.mutateAsync({ id });
      message.success(t('savedViews.removed', { name }));
    } catch (error) {
      report(error);
    }
  };

  return (
    <Flex gap={8} wrap align="center" className="saved-views">
      <Typography.Text type="secondary">{t('savedViews.title')}</Typography.Text>
      {views.isError ? (
        <Typography.Text type="secondary">{t('savedViews.unavailable')}</Typography.Text>
      ) : rows.length === 0 ? (
        <Typography.Text type="secondary">{t('savedViews.none')}</Typography.Text>
      ) : (
        rows.map((view) => (
          <Tag.CheckableTag
            key={view.id}
            checked={view.id === current?.id}
            onChange={() => onPick(view.filters)}
            className="saved-view"
          >
            <span className="saved-view-name">{view.name}</span>
            <Popconfirm
              title={t('savedViews.removeConfirm', { name: view.name })}
              okText={t('savedViews.remove')}
              cancelText={t('common.cancel')}
              onConfirm={() => onRemove(view.id, view.name)}
            >
              <button
                type="button"
                className="saved-view-remove"
                aria-label={t('savedViews.removeLabel', { name: view.name })}
                onClick={(event) => event.stopPropagation()}
              >
                ×
              </button>
            </Popconfirm>
          </Tag.CheckableTag>
        ))
      )}
      <Popover
        open={saving}
        onOpenChange={setSaving}
        trigger="click"
        title={t('savedViews.saveTitle')}
        content={
          <Form form={form} layout="inline" onFinish={submit} className="saved-view-form">
            <Form.Item name="name" rules={[zodRule(nameRule(30), t)]}>
              <Input autoFocus placeholder={t('savedViews.namePlaceholder')} maxLength={30} style={{ width: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form>
        }
      >
        <Button size="small" icon={<SaveOutlined />} disabled={!hasCaseFilters(filters) || current !== undefined}>
          {t('savedViews.save')}
        </Button>
      </Popover>
    </Flex>
  );
}
