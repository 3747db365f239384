/** One crumb of DKFDS's breadcrumb trail; the last crumb is the page itself and has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

export const groupsRoot: Crumb = { label: 'Mine grupper', href: '/' };

export function groupHref(group: { id: number }): string {
  return `/grupper/${group.id}`;
}

/**
 * 'Mine grupper › Ældre og Sundhed › …rest'. Without `rest` the group's own page is the current one.
 * Usage: `groupCrumbs(group, { label: 'Mål', href: goalsHref }, { label: goal.title })`.
 */
export function groupCrumbs(group: { id: number; name: string }, ...rest: Crumb[]): Crumb[] {
  return [groupsRoot, rest.length ? { label: group.name, href: groupHref(group) } : { label: group.name }, ...rest];
}
