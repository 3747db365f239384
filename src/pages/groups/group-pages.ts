import type { Request, Response } from 'express';
import { listAuditForGroup } from '../../audit/audit-queries.js';
import { ROLE_LABELS } from '../../groups/group.js';
import { listMembers, listMembershipsOfUser } from '../../groups/group-queries.js';
import { editGroup } from '../../groups/group-service.js';
import { attempt, type FieldError } from '../../shared/errors.js';
import { currentUser, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { loadGroupHome } from './group-home-view.js';

const messages = {
  myGroups: 'Mine grupper',
  edit: (name: string) => `Rediger ${name}`,
  editCrumb: 'Rediger',
  history: (name: string) => `Historik – ${name}`,
  historyCrumb: 'Historik',
  saved: 'Gruppens oplysninger er gemt.',
};

const AUDIT_PAGE_SIZE = 50;

/** The front page: the user's groups, or straight into the only one. */
export async function myGroups(req: Request, res: Response) {
  const user = currentUser(res);
  const names = res.locals.memberships ?? [];
  if (names.length === 1 && !user.isAdmin) return res.redirect(groupHref(names[0]!.group));
  // The menu knows the groups by name; this page also shows what each group is.
  const memberships = await listMembershipsOfUser(services(req).db, user.id);
  res.render('groups/mine', {
    title: messages.myGroups,
    groups: memberships.map((m) => ({ ...m.group, roleLabel: ROLE_LABELS[m.role] })),
  });
}

export async function home(req: Request, res: Response) {
  const { db, content, now } = services(req);
  const { group, role } = groupContext(res);
  const [overview, members] = await Promise.all([loadGroupHome(db, group, now(), role), listMembers(db, group.id)]);
  res.render('groups/home', {
    title: group.name,
    breadcrumbs: groupCrumbs(group),
    ...overview,
    members: members.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
    canEdit: role === 'editor',
    dataTheme: content.dataTheme,
  });
}

function renderEdit(res: Response, values: unknown, errors?: FieldError[]) {
  const { group } = groupContext(res);
  res.status(errors ? 400 : 200).render('groups/edit', {
    title: messages.edit(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.editCrumb }),
    values,
    ...formErrors(errors),
  });
}

export function showEdit(_req: Request, res: Response) {
  renderEdit(res, groupContext(res).group);
}

export async function update(req: Request, res: Response) {
  const { group, user } = groupContext(res);
  const result = await attempt(() => editGroup(services(req).db, user.id, group.id, req.body));
  if (!result.ok) return renderEdit(res, req.body, result.errors);
  setFlash(req, messages.saved);
  res.redirect(groupHref(group));
}

export async function history(req: Request, res: Response) {
  const { group } = groupContext(res);
  const page = Math.max(1, Number.parseInt(String(req.query.side ?? '1'), 10) || 1);
  const entries = await listAuditForGroup(services(req).db, group.id, { limit: AUDIT_PAGE_SIZE + 1, offset: (page - 1) * AUDIT_PAGE_SIZE });
  res.render('groups/history', {
    title: messages.history(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.historyCrumb }),
    entries: entries.slice(0, AUDIT_PAGE_SIZE),
    previousPage: page > 1 ? page - 1 : undefined,
    nextPage: entries.length > AUDIT_PAGE_SIZE ? page + 1 : undefined,
  });
}
