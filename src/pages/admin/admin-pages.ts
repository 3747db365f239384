import type { Request, Response } from 'express';
import { findUser, listUsers } from '../../auth/user-queries.js';
import { findGroup, listGroupLinks, listGroups, listMembers, listMembershipsOfUser } from '../../groups/group-queries.js';
import { ROLE_LABELS } from '../../groups/group.js';
import { createGroup as createGroupIn, editGroup, placeGroup as placeGroupIn } from '../../groups/group-service.js';
import { organisationTree, placementView } from './placement-view.js';
import { createUser as createUserIn, editUser, removeMember as removeMemberFrom, resetPassword as resetPasswordOf, setActive, setMembership, unlinkWorkAccount as unlinkWorkAccountOf } from '../../admin/user-admin.js';
import { listIdentitiesOfUser } from '../../auth/external-identity-queries.js';
import { dateTime } from '../../web/helpers/date-time.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { currentUser, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';

const messages = {
  title: 'Administration',
  newGroup: 'Ny gruppe',
  newUser: 'Ny bruger',
  group: 'Gruppen',
  user: 'Brugeren',
  groupCreated: (name: string) => `Gruppen „${name}“ er oprettet. Tilføj nu medlemmer.`,
  groupSaved: 'Gruppen er gemt.',
  groupPlaced: 'Gruppens placering i organisationen er gemt. Medlemmer af grupperne over den kan nu læse dens indikatorer, mål og handlinger.',
  membershipSaved: 'Medlemskabet er gemt.',
  memberRemoved: 'Medlemmet er fjernet fra gruppen.',
  userCreated: (name: string) => `${name} er oprettet. Giv adgang til grupper nedenfor.`,
  userSaved: 'Brugeren er gemt.',
  activated: (name: string) => `${name} kan logge ind igen.`,
  deactivated: (name: string) => `${name} er deaktiveret og logget ud.`,
  passwordReset: 'Den nye adgangskode er gemt. Giv den til brugeren ad en sikker vej.',
  workAccount: 'Arbejdskontoen',
  workAccountUnlinked: (name: string) => `Koblingen er fjernet, og ${name} er logget ud. Næste login med arbejdskontoen kobles på ny ud fra e-mailadressen.`,
};

const roleOptions = [
  { value: 'editor', label: 'Redaktør – må ændre gruppens data' },
  { value: 'reader', label: 'Læser – må læse' },
];

const root = { label: messages.title, href: '/admin' };

export async function overview(req: Request, res: Response) {
  const { db } = services(req);
  const [groups, users, links] = await Promise.all([listGroups(db), listUsers(db), listGroupLinks(db)]);
  res.render('admin/index', { title: messages.title, breadcrumbs: [{ label: messages.title }], groups, users, tree: organisationTree(links) });
}

function renderNewGroup(res: Response, values: Record<string, unknown>, errors?: FieldError[]) {
  res.status(errors ? 400 : 200).render('admin/group-new', { title: messages.newGroup, breadcrumbs: [root, { label: messages.newGroup }], values, ...formErrors(errors) });
}

export function showNewGroup(_req: Request, res: Response) {
  renderNewGroup(res, {});
}

export async function createGroup(req: Request, res: Response) {
  const result = await attempt(() => createGroupIn(services(req).db, currentUser(res).id, req.body));
  if (!result.ok) return renderNewGroup(res, req.body, result.errors);
  setFlash(req, messages.groupCreated(result.value.name));
  res.redirect(`/admin/grupper/${result.value.id}`);
}

async function renderGroup(req: Request, res: Response, groupId: number, extra: { values?: unknown; errors?: FieldError[]; parentId?: string } = {}) {
  const { db } = services(req);
  const group = found(await findGroup(db, groupId), messages.group);
  const [members, users, links] = await Promise.all([listMembers(db, groupId), listUsers(db), listGroupLinks(db)]);
  const memberIds = new Set(members.map((m) => m.userId));
  res.status(extra.errors ? 400 : 200).render('admin/group', {
    title: `Gruppe: ${group.name}`,
    breadcrumbs: [root, { label: group.name }],
    group,
    values: extra.values ?? group,
    members: members.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
    candidates: users.filter((u) => !memberIds.has(u.id) && u.active),
    roleOptions,
    placement: placementView(links, group, extra.parentId),
    ...formErrors(extra.errors),
  });
}

export async function placeGroup(req: Request, res: Response) {
  const groupId = idParam(req, 'groupId', messages.group);
  const result = await attempt(() => placeGroupIn(services(req).db, currentUser(res).id, groupId, req.body));
  if (!result.ok) return renderGroup(req, res, groupId, { errors: result.errors, parentId: String(req.body.parentId ?? '') });
  setFlash(req, messages.groupPlaced);
  res.redirect(`/admin/grupper/${groupId}#placering`);
}

export async function showGroup(req: Request, res: Response) {
  await renderGroup(req, res, idParam(req, 'groupId', messages.group));
}

export async function updateGroup(req: Request, res: Response) {
  const groupId = idParam(req, 'groupId', messages.group);
  const result = await attempt(() => editGroup(services(req).db, currentUser(res).id, groupId, req.body));
  if (!result.ok) return renderGroup(req, res, groupId, { values: req.body, errors: result.errors });
  setFlash(req, messages.groupSaved);
  res.redirect(`/admin/grupper/${groupId}`);
}

export async function setMember(req: Request, res: Response) {
  const groupId = idParam(req, 'groupId', messages.group);
  const result = await attempt(() => setMembership(services(req).db, currentUser(res).id, groupId, req.body));
  if (!result.ok) return renderGroup(req, res, groupId, { errors: result.errors });
  setFlash(req, messages.membershipSaved);
  res.redirect(`/admin/grupper/${groupId}#medlemmer`);
}

export async function removeMember(req: Request, res: Response) {
  const groupId = idParam(req, 'groupId', messages.group);
  await removeMemberFrom(services(req).db, currentUser(res).id, groupId, idParam(req, 'userId', messages.user));
  setFlash(req, messages.memberRemoved);
  res.redirect(`/admin/grupper/${groupId}#medlemmer`);
}

function renderNewUser(res: Response, values: Record<string, unknown>, errors?: FieldError[]) {
  res.status(errors ? 400 : 200).render('admin/user-new', { title: messages.newUser, breadcrumbs: [root, { label: messages.newUser }], values, ...formErrors(errors) });
}

export function showNewUser(_req: Request, res: Response) {
  renderNewUser(res, {});
}

export async function createUser(req: Request, res: Response) {
  const result = await attempt(() => createUserIn(services(req).db, currentUser(res).id, req.body));
  if (!result.ok) return renderNewUser(res, req.body, result.errors);
  setFlash(req, messages.userCreated(result.value.name));
  res.redirect(`/admin/brugere/${result.value.id}`);
}

async function renderUser(req: Request, res: Response, userId: number, extra: { values?: unknown; errors?: FieldError[] } = {}) {
  const { db } = services(req);
  const subject = found(await findUser(db, userId), messages.user);
  const [subjectMemberships, identities] = await Promise.all([listMembershipsOfUser(db, userId), listIdentitiesOfUser(db, userId)]);
  res.status(extra.errors ? 400 : 200).render('admin/user', {
    title: `Bruger: ${subject.name}`,
    breadcrumbs: [root, { label: subject.name }],
    subject,
    values: extra.values ?? subject,
    isSelf: subject.id === currentUser(res).id,
    // Not `memberships`: that name is the signed-in user's own groups in the header.
    subjectMemberships: subjectMemberships.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
    workAccounts: identities.map((i) => ({ id: i.id, provider: i.issuerKey, since: dateTime(i.createdAt), lastUsed: dateTime(i.lastLoginAt) })),
    ...formErrors(extra.errors),
  });
}

export async function showUser(req: Request, res: Response) {
  await renderUser(req, res, idParam(req, 'userId', messages.user));
}

export async function updateUser(req: Request, res: Response) {
  const userId = idParam(req, 'userId', messages.user);
  const result = await attempt(() => editUser(services(req).db, currentUser(res), userId, req.body));
  if (!result.ok) return renderUser(req, res, userId, { values: req.body, errors: result.errors });
  setFlash(req, messages.userSaved);
  res.redirect(`/admin/brugere/${userId}`);
}

async function changeActive(req: Request, res: Response, active: boolean) {
  const userId = idParam(req, 'userId', messages.user);
  const result = await attempt(() => setActive(services(req).db, currentUser(res), userId, active));
  if (!result.ok) return renderUser(req, res, userId, { errors: result.errors });
  setFlash(req, active ? messages.activated(result.value.name) : messages.deactivated(result.value.name));
  res.redirect(`/admin/brugere/${userId}`);
}

export const activateUser = (req: Request, res: Response) => changeActive(req, res, true);
export const deactivateUser = (req: Request, res: Response) => changeActive(req, res, false);

export async function resetPassword(req: Request, res: Response) {
  const userId = idParam(req, 'userId', messages.user);
  const result = await attempt(() => resetPasswordOf(services(req).db, currentUser(res), userId, req.body));
  if (!result.ok) return renderUser(req, res, userId, { errors: result.errors });
  setFlash(req, messages.passwordReset);
  res.redirect(`/admin/brugere/${userId}`);
}

export async function unlinkWorkAccount(req: Request, res: Response) {
  const userId = idParam(req, 'userId', messages.user);
  const user = await unlinkWorkAccountOf(services(req).db, currentUser(res), userId, idParam(req, 'identityId', messages.workAccount));
  setFlash(req, messages.workAccountUnlinked(user.name));
  res.redirect(`/admin/brugere/${userId}#arbejdskonti`);
}
