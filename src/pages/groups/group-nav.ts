import type { RequestHandler } from 'express';
import { groupHref } from '../breadcrumbs.js';

/**
 * The group's own menu, DKFDS's navigation tabs on every group page: where the group's work is.
 * A tab is `page` on its own address and `true` on the pages below it (an indicator under
 * "Indikatorer"), so the menu always says where the user is.
 */
export interface GroupNavItem {
  label: string;
  href: string;
  current?: 'page' | 'true';
}

interface Section {
  label: string;
  path: string;
  /** The paths below the group's address that belong to the section. */
  owns: RegExp;
}

const SECTIONS: readonly Section[] = [
  { label: 'Overblik', path: '', owns: /^$/ },
  { label: 'Indikatorer', path: '/indikatorer', owns: /^\/(indikatorer|overblik)(\/|$)/ },
  { label: 'Mål', path: '/maal', owns: /^\/maal(\/|$)/ },
  { label: 'Ledermøder', path: '/moeder', owns: /^\/moeder(\/|$)/ },
  { label: 'Handlinger', path: '/handlinger', owns: /^\/handlinger(\/|$)/ },
  { label: 'Data', path: '/data', owns: /^\/(data|import|importer|tilknytninger|api-noegler)(\/|$)/ },
  { label: 'Historik', path: '/historik', owns: /^\/historik(\/|$)/ },
];

/** The tabs for a page of the group at `path` (the request's path, without query). */
export function groupNavigation(groupId: number, path: string): GroupNavItem[] {
  const base = groupHref({ id: groupId });
  const rest = path.startsWith(base) ? path.slice(base.length).replace(/\/$/, '') : undefined;
  return SECTIONS.map((section) => {
    const href = `${base}${section.path}`;
    const current = rest === undefined ? undefined : rest === section.path ? 'page' : section.owns.test(rest) ? 'true' : undefined;
    return current ? { label: section.label, href, current } : { label: section.label, href };
  });
}

/** Runs after a group guard: every group page gets the menu (views/partials/group-nav.hbs, drawn by the layout). */
export const withGroupNav: RequestHandler = (req, res, next) => {
  const group = res.locals.group;
  if (group) res.locals.groupNav = groupNavigation(group.id, req.path);
  next();
};
