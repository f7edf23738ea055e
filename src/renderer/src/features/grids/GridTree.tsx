// The organisation tree on the left of the grids page: search by name, show archived grids, pick one.
import { Card, Empty, Input, Switch, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridNode } from '../../../../shared/contract/grids';
import { Highlighted, substringIndices } from '../../components/Highlighted';
import { GridLevelIcon } from './GridLevelIcon';
import { filterGrids, type GridFilter, type GridTreeModel } from './gridTreeModel';

interface GridTreeProps {
  model: GridTreeModel;
  selectedId: number | null;
  onSelect: (id: number) => void;
  showArchived: boolean;
  onShowArchivedChange: (value: boolean) => void;
  /** Shown in place of the tree when the organisation has no grid yet. */
  empty: ReactNode;
  loading: boolean;
}

export function GridTree({
  model,
  selectedId,
  onSelect,
  showArchived,
  onShowArchivedChange,
  empty,
  loading,
}: GridTreeProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const filter = useMemo(() => filterGrids(model, search), [model, search]);

  // Open the street and its communities at first sight: the comprehensive grids are what people look for.
  useEffect(() => {
    setExpanded((keys) => {
      if (keys.size > 0) return keys;
      const opened = new Set<number>();
      for (const root of model.roots) {
        opened.add(root.id);
        for (const child of model.childrenOf(root.id)) opened.add(child.id);
      }
      return opened;
    });
  }, [model]);

  // A grid selected from elsewhere (an address, a breadcrumb) must be in sight.
  useEffect(() => {
    if (selectedId === null) return;
    const ancestors = model.pathOf(selectedId).slice(0, -1);
    if (ancestors.length === 0) return;
    setExpanded((keys) =>
      ancestors.every((node) => keys.has(node.id)) ? keys : new Set([...keys, ...ancestors.map((node) => node.id)]),
    );
  }, [model, selectedId]);

  useEffect(() => {
    if (filter) setExpanded((keys) => new Set([...keys, ...filter.expand]));
  }, [filter]);

  const treeData = useMemo(
    () => toTreeData(model, null, filter, search.trim(), t('grids.archived')),
    [model, filter, search, t],
  );

  return (
    <Card className="grids-tree-card" title={t('grids.treeTitle')} size="small">
      <div className="grids-tree-tools">
        <Input.Search
          allowClear
          placeholder={t('grids.searchPlaceholder')}
          aria-label={t('grids.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="grids-archived-switch">
          <Switch id="grids-show-archived" size="small" checked={showArchived} onChange={onShowArchivedChange} />
          <label htmlFor="grids-show-archived">{t('grids.showArchived')}</label>
        </span>
      </div>
      <div className="grids-tree-scroll">
        {!loading && model.roots.length === 0 ? (
          empty
        ) : filter && filter.matches.size === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grids.noMatch', { text: search.trim() })} />
        ) : (
          <Tree
            showIcon
            blockNode
            treeData={treeData}
            selectedKeys={selectedId === null ? [] : [selectedId]}
            expandedKeys={[...expanded]}
            onExpand={(keys) => setExpanded(new Set(keys.map(Number)))}
            onSelect={(keys) => {
              const [key] = keys;
              if (key === undefined) return;
              // Picking a grid opens it too: its sub-grids are usually what one looks for next.
              setExpanded((open) => new Set([...open, Number(key)]));
              onSelect(Number(key));
            }}
          />
        )}
      </div>
    </Card>
  );
}

function toTreeData(
  model: GridTreeModel,
  parentId: number | null,
  filter: GridFilter | null,
  search: string,
  archivedLabel: string,
): TreeDataNode[] {
  return model
    .childrenOf(parentId)
    .filter((node) => !filter || filter.visible.has(node.id))
    .map((node) => {
      const children = toTreeData(model, node.id, filter, search, archivedLabel);
      return {
        key: node.id,
        icon: <GridLevelIcon level={node.level} />,
        title: <NodeTitle node={node} search={search} archivedLabel={archivedLabel} />,
        children,
        isLeaf: children.length === 0,
      };
    });
}

function NodeTitle({ node, search, archivedLabel }: { node: GridNode; search: string; archivedLabel: string }) {
  return (
    <span className={node.archived ? 'grids-node grids-node-archived' : 'grids-node'}>
      <Highlighted text={node.name} indices={substringIndices(node.name, search)} />
      {node.code && (
        <Typography.Text type="secondary" className="grids-node-code">
          {node.code}
        </Typography.Text>
      )}
      {node.archived && <Tag className="grids-node-tag">{archivedLabel}</Tag>}
    </span>
  );
}
