/**
 * The organisation as a tree of groups (direktion → område → ledergruppe): pure rules over the
 * parent links, so access, the admin pages and comparisons agree on who sits under whom.
 */

export interface GroupLink {
  id: number;
  name: string;
  parentId: number | null;
}

/** The groups above `groupId`, nearest first. Stops at a loop instead of running forever. */
export function ancestorsOf(links: readonly GroupLink[], groupId: number): GroupLink[] {
  const byId = new Map(links.map((l) => [l.id, l]));
  const result: GroupLink[] = [];
  const seen = new Set<number>([groupId]);
  let parent = byId.get(groupId)?.parentId ?? null;
  while (parent !== null && !seen.has(parent)) {
    const link = byId.get(parent);
    if (!link) break;
    result.push(link);
    seen.add(parent);
    parent = link.parentId;
  }
  return result;
}

const danish = new Intl.Collator('da');
const byName = (a: GroupLink, b: GroupLink) => danish.compare(a.name, b.name) || a.id - b.id;

export interface TreeEntry extends GroupLink {
  /** 0 for the groups right below the start (or the top of the organisation). */
  depth: number;
}

/**
 * The groups below `groupId` (or the whole organisation when undefined), in tree order: each group
 * followed by the groups under it, siblings by name. Never a league table: the order says nothing
 * about how well a group does.
 */
export function treeOrder(links: readonly GroupLink[], groupId?: number): TreeEntry[] {
  const children = new Map<number | null, GroupLink[]>();
  const ids = new Set(links.map((l) => l.id));
  for (const link of links) {
    // A parent that is gone puts the group at the top rather than hiding it.
    const parent = link.parentId !== null && ids.has(link.parentId) ? link.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(link);
    else children.set(parent, [link]);
  }
  const result: TreeEntry[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const child of [...(children.get(parent) ?? [])].sort(byName)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push({ ...child, depth });
      walk(child.id, depth + 1);
    }
  };
  walk(groupId ?? null, 0);
  return result;
}

/** Whether `descendantId` sits somewhere below `ancestorId`. */
export function isBelow(links: readonly GroupLink[], descendantId: number, ancestorId: number): boolean {
  return ancestorsOf(links, descendantId).some((a) => a.id === ancestorId);
}

/** Placing `groupId` under `parentId` would make a loop: under itself or under one of its own subgroups. */
export function wouldMakeLoop(links: readonly GroupLink[], groupId: number, parentId: number): boolean {
  return parentId === groupId || isBelow(links, parentId, groupId);
}
