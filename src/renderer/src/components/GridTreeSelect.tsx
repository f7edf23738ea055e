// Picking a grid from the organisation tree, searchable by name; a form may allow micro-grids only. Closed, it shows
// the picked grid's path below the street (振兴社区 / 第一网格), since every community has its own 第一网格.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { GridNode } from '../../../shared/contract/grids';
import type { GridLevel } from '../../../shared/domain/gridLevels';
import type { GridTreeModel } from '../features/grids/gridTreeModel';
import { useGridTree } from '../features/grids/useGridTree';

interface GridOption {
  value: number;
  title: string;
  /** What the closed select shows: the names from the community down. */
  path: string;
  selectable: boolean;
  children: GridOption[];
}

function optionsOf(model: GridTreeModel, nodes: GridNode[], above: string, only?: GridLevel): GridOption[] {
  return nodes.map((node) => {
    // The street is left out of its grids' paths (everything shares it), as in gridPaths on the server.
    const path = node.level === 'street' ? node.name : above ? `${above} / ${node.name}` : node.name;
    return {
      value: node.id,
      title: node.name,
      path,
      selectable: !only || node.level === only,
      children: optionsOf(model, model.childrenOf(node.id), node.level === 'street' ? '' : path, only),
    };
  });
}

export function GridTreeSelect({
  value,
  onChange,
  only,
  placeholder,
  allowClear = false,
  id,
  style,
  label,
  roots,
}: {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** The one level that may be picked; the others only lead to it. */
  only?: GridLevel;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  /** The accessible name, where no form label names the field. */
  label?: string;
  /** Only these grids and what is below them (a grid worker's own grids); all when left out. */
  roots?: number[];
}) {
  const tree = useGridTree(false);
  const treeData = useMemo(() => {
    if (!roots) return optionsOf(tree.model, tree.model.roots, '', only);
    // Each root under the path above it, without the street (as everywhere else).
    return roots.flatMap((id) => {
      const node = tree.model.byId.get(id);
      if (!node) return [];
      const above = tree.model
        .pathOf(id)
        .slice(0, -1)
        .filter((step) => step.level !== 'street')
        .map((step) => step.name)
        .join(' / ');
      return optionsOf(tree.model, [node], above, only);
    });
  }, [tree.model, only, roots]);
  // The street and its communities open at first sight, as in the grids page.
  const opened = useMemo(
    () => [
      ...(roots ?? []),
      ...tree.model.roots.flatMap((root) => [root.id, ...tree.model.childrenOf(root.id).map((child) => child.id)]),
    ],
    [tree.model, roots],
  );
  return (
    <TreeSelect<number>
      id={id}
      aria-label={label}
      style={style}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      treeNodeLabelProp="path"
      loading={tree.isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={opened}
      key={opened.length}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
