// Picking a case category from the two-level tree by typing part of its name (or its parent's): while typing, the
// matches are one flat list of full paths, so Enter takes the first; the form may allow only what a case can be
// filed under, the list's filter also a whole top category.
import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo, useState } from 'react';
import { type CategoryNode, useCategoryTree } from './useCaseQueries';

interface CategoryOption {
  value: number;
  title: string;
  /** 环境卫生 / 噪声扰民: what the box shows once picked, and each line while typing. */
  path: string;
  /** The names it is found by, lower-cased: antd activates the first option holding the typed text, for Enter. */
  searchText?: string;
  selectable: boolean;
  children?: CategoryOption[];
}

/** A case is filed under a sub-category, or under a top category that has none. */
const selectableOf = (node: CategoryNode, fileable: boolean) => !fileable || node.children.length === 0;

function treeOf(nodes: CategoryNode[], fileable: boolean, parentPath = ''): CategoryOption[] {
  return nodes.map((node) => {
    const path = parentPath ? `${parentPath} / ${node.label}` : node.label;
    return {
      value: node.row.id,
      title: node.label,
      path,
      selectable: selectableOf(node, fileable),
      children: treeOf(node.children, fileable, path),
    };
  });
}

/** The categories whose own or parent's name (either language) holds the typed text, in tree order. */
function matchesOf(nodes: CategoryNode[], fileable: boolean, search: string): CategoryOption[] {
  const needle = search.trim().toLowerCase();
  const names = (node: CategoryNode) => `${node.row.name} ${node.row.nameEn ?? ''}`.toLowerCase();
  return nodes.flatMap((top) => {
    const topMatches = names(top).includes(needle);
    const lines = [
      ...(topMatches && selectableOf(top, fileable) ? [top] : []),
      ...top.children.filter((child) => topMatches || names(child).includes(needle)),
    ];
    return lines.map((node) => {
      const path = node === top ? top.label : `${top.label} / ${node.label}`;
      const searchText = node === top ? names(top) : `${names(top)} ${names(node)}`;
      return { value: node.row.id, title: path, path, searchText, selectable: true };
    });
  });
}

export function CategorySelect({
  value,
  onChange,
  fileable = false,
  placeholder,
  allowClear = false,
  id,
  style,
  label,
  status,
}: {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Only categories a case can be registered under. */
  fileable?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
  /** The accessible name, where no form label names the field. */
  label?: string;
  status?: 'error' | 'warning';
}) {
  const tree = useCategoryTree();
  const [search, setSearch] = useState('');
  const treeData = useMemo(
    () => (search.trim() ? matchesOf(tree.roots, fileable, search) : treeOf(tree.roots, fileable)),
    [tree.roots, fileable, search],
  );
  return (
    <TreeSelect<number>
      id={id}
      aria-label={label}
      style={style}
      status={status}
      value={value ?? undefined}
      onChange={(next) => {
        setSearch('');
        onChange?.(next ?? undefined);
      }}
      onOpenChange={(open) => !open && setSearch('')}
      treeData={treeData}
      treeNodeLabelProp="path"
      loading={tree.isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      treeDefaultExpandAll
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: () => true,
        treeNodeFilterProp: 'searchText',
      }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
