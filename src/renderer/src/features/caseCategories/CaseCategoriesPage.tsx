// The case categories at /settings/case-categories: the two-level tree with each category's deadlines (its own, or
// inherited and shown greyed), where those who may add, rename, set deadlines, archive and restore categories.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Result, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryRow } from '../../../../shared/contract/cases';
import { defaultDeadlines } from '../../../../shared/domain/cases';
import { useQueryProc } from '../../api/hooks';
import { PageTitle } from '../../components/PageTitle';
import { useErrorReporter } from '../../components/useErrorReporter';
import { describeError } from '../../i18n/describeError';
import { useCan } from '../auth/SessionProvider';
import { CategoryFormModal, type CategoryFormMode, deadlineKeys } from './CategoryFormModal';
import { useCategoryMutation } from './useCategoryMutation';
import './caseCategories.css';

type TreeRow = CategoryRow & { children?: TreeRow[] };
type DeadlineKey = (typeof deadlineKeys)[number];

const bySortOrder = (a: CategoryRow, b: CategoryRow) => a.sortOrder - b.sortOrder || a.id - b.id;

export function CaseCategoriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const canManage = useCan('cases.categories');
  const [showArchived, setShowArchived] = useState(false);
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [form, setForm] = useState<CategoryFormMode | null>(null);
  const tree = useQueryProc('cases.categoryTree', { includeArchived: showArchived });
  const update = useCategoryMutation('cases.updateCategory');

  const { rows, byId } = useMemo(() => {
    const all = [...(tree.data?.rows ?? [])].sort(bySortOrder);
    const tops: TreeRow[] = all
      .filter((row) => row.parentId === null)
      .map((top) => {
        const children = all.filter((row) => row.parentId === top.id);
        return children.length ? { ...top, children } : top;
      });
    return { rows: tops, byId: new Map(all.map((row) => [row.id, row])) };
  }, [tree.data]);

  /** What a category inherits when a deadline is left empty: its parent's effective value, else the default. */
  const inheritedFor = (parentId: number | null) => byId.get(parentId ?? -1)?.effective ?? defaultDeadlines;

  const setArchived = async (row: CategoryRow, archived: boolean) => {
    try {
      await update.mutateAsync({
        id: row.id,
        version: row.version,
        name: row.name,
        nameEn: row.nameEn ?? '',
        acceptWorkingDays: row.acceptWorkingDays,
        resolveDays: row.resolveDays,
        urgentResolveDays: row.urgentResolveDays,
        archived,
      });
      message.success(t(archived ? 'caseCategories.archived' : 'caseCategories.restored', { name: row.name }));
    } catch (error) {
      report(error);
    }
  };

  const deadlineCell = (key: DeadlineKey) => (_: unknown, row: CategoryRow) =>
    row[key] === null ? (
      <span className="category-inherited">
        {row.effective[key]}
        <Tag bordered={false}>{t('caseCategories.inherited')}</Tag>
      </span>
    ) : (
      <span className="category-own">{row[key]}</span>
    );

  return (
    <>
      <PageTitle
        title={t('caseCategories.title')}
        intro={t('caseCategories.intro')}
        actions={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ kind: 'create', parent: null, inherited: defaultDeadlines })}
            >
              {t('caseCategories.addTop')}
            </Button>
          )
        }
      />
      <Alert
        className="category-inherit-note"
        type="info"
        showIcon
        title={t('caseCategories.inheritTitle')}
        description={t('caseCategories.inheritRule', defaultDeadlines)}
      />
      <Card
        title={t('caseCategories.treeTitle')}
        extra={
          <Flex gap={8} align="center">
            <Switch size="small" checked={showArchived} onChange={setShowArchived} id="show-archived-categories" />
            <label htmlFor="show-archived-categories">{t('caseCategories.showArchived')}</label>
          </Flex>
        }
      >
        {tree.isError ? (
          <Result
            status="warning"
            title={describeError(tree.error, t)}
            extra={<Button onClick={() => tree.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <Table<TreeRow>
            rowKey="id"
            size="small"
            loading={tree.isPending}
            dataSource={rows}
            pagination={false}
            rowClassName={(row) => (row.archived ? 'category-archived' : '')}
            expandable={{
              expandedRowKeys: rows.filter((row) => !collapsed.has(row.id)).map((row) => row.id),
              onExpand: (expanded, row) =>
                setCollapsed((now) => {
                  const next = new Set(now);
                  if (expanded) next.delete(row.id);
                  else next.add(row.id);
                  return next;
                }),
            }}
            locale={{ emptyText: t('caseCategories.empty') }}
            columns={[
              {
                key: 'name',
                title: t('caseCategories.name'),
                render: (_, row) => (
                  <span className={row.parentId === null ? 'category-top' : undefined}>
                    {row.name}
                    {row.archived && <Tag className="category-archived-tag">{t('caseCategories.archivedTag')}</Tag>}
                  </span>
                ),
              },
              {
                key: 'nameEn',
                title: t('caseCategories.nameEn'),
                render: (_, row) =>
                  row.nameEn ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
              },
              ...deadlineKeys.map((key) => ({
                key,
                title: t(`caseCategories.columns.${key}`),
                width: 130,
                render: deadlineCell(key),
              })),
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      width: 200,
                      render: (_: unknown, row: CategoryRow) => (
                        <Flex gap={0} wrap>
                          <Button
                            size="small"
                            type="link"
                            onClick={() =>
                              setForm({
                                kind: 'edit',
                                row,
                                parentName: row.parentId === null ? null : (byId.get(row.parentId)?.name ?? null),
                                inherited: inheritedFor(row.parentId),
                              })
                            }
                          >
                            {t('common.edit')}
                          </Button>
                          {row.parentId === null && !row.archived && (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setForm({ kind: 'create', parent: row, inherited: row.effective })}
                            >
                              {t('caseCategories.addSub')}
                            </Button>
                          )}
                          <Button
                            size="small"
                            type="link"
                            danger={!row.archived}
                            loading={update.isPending && update.variables?.id === row.id}
                            onClick={() => setArchived(row, !row.archived)}
                          >
                            {t(row.archived ? 'caseCategories.restore' : 'caseCategories.archive')}
                          </Button>
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <CategoryFormModal mode={form} onClose={() => setForm(null)} />
    </>
  );
}
