// The flat list from grids.tree as a tree: children by parent, paths, and the name filter of the tree's search box.
import type { GridNode } from '../../../../shared/contract/grids';

export interface GridTreeModel {
  byId: Map<number, GridNode>;
  childrenOf: (parentId: number | null) => GridNode[];
  /** The node and its ancestors, street first. */
  pathOf: (id: number) => GridNode[];
  roots: GridNode[];
}

export function buildGridTree(nodes: GridNode[]): GridTreeModel {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<number | null, GridNode[]>();
  for (const node of nodes) {
    // A node whose parent is not in the list (an archived parent, hidden) is shown at the top rather than lost.
    const parentKey = node.parentId !== null && byId.has(node.parentId) ? node.parentId : null;
    const siblings = children.get(parentKey) ?? [];
    siblings.push(node);
    children.set(parentKey, siblings);
  }
  const childrenOf = (parentId: number | null) => children.get(parentId) ?? [];
  const pathOf = (id: number) => {
    const path: GridNode[] = [];
    for (let node = byId.get(id); node; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
      path.unshift(node);
    }
    return path;
  };
  return { byId, childrenOf, pathOf, roots: childrenOf(null) };
}

export interface GridFilter {
  /** Nodes to show: the matches and their ancestors. */
  visible: Set<number>;
  matches: Set<number>;
  /** Ancestors of matches, to expand so every match is in sight. */
  expand: Set<number>;
}

export function filterGrids(model: GridTreeModel, text: string): GridFilter | null {
  const needle = text.trim().toLowerCase();
  if (!needle) return null;
  const visible = new Set<number>();
  const matches = new Set<number>();
  const expand = new Set<number>();
  for (const node of model.byId.values()) {
    if (!node.name.toLowerCase().includes(needle) && !(node.code ?? '').toLowerCase().includes(needle)) continue;
    matches.add(node.id);
    for (const step of model.pathOf(node.id)) {
      visible.add(step.id);
      if (step.id !== node.id) expand.add(step.id);
    }
  }
  return { visible, matches, expand };
}

/** A label for a grid that tells apart the many "第一网格": its names from the community down. */
export function pathLabel(model: GridTreeModel, id: number): string {
  return model
    .pathOf(id)
    .filter((node) => node.level !== 'street')
    .map((node) => node.name)
    .join(' / ');
}
