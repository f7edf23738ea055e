// Picking a grid from the organisation tree, searchable by name; a form may allow micro-grids only. Closed, it shows
// the picked grid's path below the street (振兴社区 / 第一网格), since every community has its own 第一网格.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
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

function optionsOf(model: GridTreeModel, parentId: number | null, above: string, only?: GridLevel): GridOption[] {
  return model.childrenOf(parentId).map((node) => {
    // The street is left out of its grids' paths (everything shares it), as in gridPaths on the server.
    const path = node.level === 'street' ? node.name : above ? `${above} / ${node.name}` : node.name;
    return {
      value: node.id,
      title: node.name,
      path,
      selectable: !only || node.level === only,
      children: optionsOf(model, node.id, node.level === 'street' ? '' : path, only),
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
}) {
  const tree = useGridTree(false);
  const treeData = useMemo(() => optionsOf(tree.model, null, '', only), [tree.model, only]);
  // The street and its communities open at first sight, as in the grids page.
  const opened = useMemo(
    () => tree.model.roots.flatMap((root) => [root.id, ...tree.model.childrenOf(root.id).map((child) => child.id)]),
    [tree.model],
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
