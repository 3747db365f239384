import type { Group } from '../../groups/group.js';
import { ancestorsOf, isBelow, treeOrder, type GroupLink } from '../../groups/group-tree.js';

/** The organisation drawn as a tree for the admin pages: each group indented under its parent. */
export function organisationTree(links: readonly GroupLink[]) {
  return treeOrder(links).map((entry) => ({ ...entry, indent: entry.depth > 0, depthClass: `tree-depth-${Math.min(entry.depth, 4)}` }));
}

/**
 * Where a group can be placed: at the top or under any group that is not itself or one of its own
 * subgroups (those would make a loop), in tree order so the choice reads like the organisation.
 */
export function placementView(links: readonly GroupLink[], group: Group, chosen?: string) {
  const current = chosen ?? (group.parentId === null ? '' : String(group.parentId));
  const options = treeOrder(links)
    .filter((entry) => entry.id !== group.id && !isBelow(links, entry.id, group.id))
    .map((entry) => ({ value: String(entry.id), label: `${'– '.repeat(entry.depth)}${entry.name}`, selected: String(entry.id) === current }));
  const above = ancestorsOf(links, group.id).reverse();
  const below = treeOrder(links, group.id);
  return {
    options,
    topSelected: current === '',
    path: above.map((a) => a.name).join(' › '),
    below: below.map((b) => ({ name: b.name, id: b.id, depth: b.depth })),
  };
}
