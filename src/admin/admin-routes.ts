import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { getUser, listUsers } from '../auth/user-queries.js';
import { getGroup, listGroups, listMembers, listMembershipsOfUser } from '../groups/group-queries.js';
import { ROLE_LABELS } from '../groups/group.js';
import { createGroup, editGroup } from '../groups/group-service.js';
import { attempt, fieldErrorMap, NotFoundError, type FieldError } from '../shared/errors.js';
import { currentUser, parseId, requireAdmin } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { createUser, editUser, removeMember, resetPassword, setActive, setMembership } from './user-admin.js';

const roleOptions = [
  { value: 'editor', label: 'Redaktør – må ændre gruppens data' },
  { value: 'reader', label: 'Læser – må læse' },
];

function idParam(req: Request, name: string, what: string): number {
  const id = parseId(req.params[name]);
  if (id === undefined) throw new NotFoundError(what);
  return id;
}

const withErrors = (errors?: FieldError[]) => ({ errors, fieldErrors: errors && fieldErrorMap(errors) });

export function adminRoutes(db: Db): Router {
  const router = Router();
  const root = { label: 'Administration', href: '/admin' };

  const overview = async (_req: Request, res: Response) => {
    const [groups, users] = await Promise.all([listGroups(db), listUsers(db)]);
    res.render('admin/index', { title: 'Administration', breadcrumbs: [{ label: 'Administration' }], groups, users });
  };

  const renderNewGroup = (res: Response, values: Record<string, unknown>, errors?: FieldError[]) =>
    res.status(errors ? 400 : 200).render('admin/group-new', {
      title: 'Ny gruppe',
      breadcrumbs: [root, { label: 'Ny gruppe' }],
      values,
      ...withErrors(errors),
    });

  const createGroupRoute = async (req: Request, res: Response) => {
    const result = await attempt(() => createGroup(db, currentUser(res).id, req.body));
    if (!result.ok) return renderNewGroup(res, req.body, result.errors);
    setFlash(req, `Gruppen „${result.value.name}“ er oprettet. Tilføj nu medlemmer.`);
    res.redirect(`/admin/grupper/${result.value.id}`);
  };

  const renderGroup = async (res: Response, groupId: number, extra: Record<string, unknown> = {}) => {
    const [group, members, users] = await Promise.all([getGroup(db, groupId), listMembers(db, groupId), listUsers(db)]);
    const memberIds = new Set(members.map((m) => m.userId));
    res.status(extra.errors ? 400 : 200).render('admin/group', {
      title: `Gruppe: ${group.name}`,
      breadcrumbs: [root, { label: group.name }],
      group,
      values: extra.values ?? group,
      members: members.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
      candidates: users.filter((u) => !memberIds.has(u.id) && u.active),
      roleOptions,
      ...extra,
    });
  };

  const showGroup = async (req: Request, res: Response) => renderGroup(res, idParam(req, 'groupId', 'Gruppen'));

  const updateGroupRoute = async (req: Request, res: Response) => {
    const groupId = idParam(req, 'groupId', 'Gruppen');
    const result = await attempt(() => editGroup(db, currentUser(res).id, groupId, req.body));
    if (!result.ok) return renderGroup(res, groupId, { values: req.body, ...withErrors(result.errors) });
    setFlash(req, 'Gruppen er gemt.');
    res.redirect(`/admin/grupper/${groupId}`);
  };

  const setMember = async (req: Request, res: Response) => {
    const groupId = idParam(req, 'groupId', 'Gruppen');
    const result = await attempt(() => setMembership(db, currentUser(res).id, groupId, req.body));
    if (!result.ok) return renderGroup(res, groupId, withErrors(result.errors));
    setFlash(req, 'Medlemskabet er gemt.');
    res.redirect(`/admin/grupper/${groupId}#medlemmer`);
  };

  const removeMemberRoute = async (req: Request, res: Response) => {
    const groupId = idParam(req, 'groupId', 'Gruppen');
    await removeMember(db, currentUser(res).id, groupId, idParam(req, 'userId', 'Brugeren'));
    setFlash(req, 'Medlemmet er fjernet fra gruppen.');
    res.redirect(`/admin/grupper/${groupId}#medlemmer`);
  };

  const renderNewUser = (res: Response, values: Record<string, unknown>, errors?: FieldError[]) =>
    res.status(errors ? 400 : 200).render('admin/user-new', {
      title: 'Ny bruger',
      breadcrumbs: [root, { label: 'Ny bruger' }],
      values,
      ...withErrors(errors),
    });

  const createUserRoute = async (req: Request, res: Response) => {
    const result = await attempt(() => createUser(db, currentUser(res).id, req.body));
    if (!result.ok) return renderNewUser(res, req.body, result.errors);
    setFlash(req, `${result.value.name} er oprettet. Giv adgang til grupper nedenfor.`);
    res.redirect(`/admin/brugere/${result.value.id}`);
  };

  const renderUser = async (res: Response, userId: number, extra: Record<string, unknown> = {}) => {
    const [subject, subjectMemberships] = await Promise.all([getUser(db, userId), listMembershipsOfUser(db, userId)]);
    res.status(extra.errors ? 400 : 200).render('admin/user', {
      title: `Bruger: ${subject.name}`,
      breadcrumbs: [root, { label: subject.name }],
      subject,
      values: extra.values ?? subject,
      isSelf: subject.id === currentUser(res).id,
      // Not `memberships`: that name is the signed-in user's own groups in the header.
      subjectMemberships: subjectMemberships.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
      ...extra,
    });
  };

  const showUser = async (req: Request, res: Response) => renderUser(res, idParam(req, 'userId', 'Brugeren'));

  const updateUserRoute = async (req: Request, res: Response) => {
    const userId = idParam(req, 'userId', 'Brugeren');
    const result = await attempt(() => editUser(db, currentUser(res), userId, req.body));
    if (!result.ok) return renderUser(res, userId, { values: req.body, ...withErrors(result.errors) });
    setFlash(req, 'Brugeren er gemt.');
    res.redirect(`/admin/brugere/${userId}`);
  };

  const setActiveRoute = (active: boolean) => async (req: Request, res: Response) => {
    const userId = idParam(req, 'userId', 'Brugeren');
    const result = await attempt(() => setActive(db, currentUser(res), userId, active));
    if (!result.ok) return renderUser(res, userId, withErrors(result.errors));
    setFlash(req, active ? `${result.value.name} kan logge ind igen.` : `${result.value.name} er deaktiveret og logget ud.`);
    res.redirect(`/admin/brugere/${userId}`);
  };

  const resetPasswordRoute = async (req: Request, res: Response) => {
    const userId = idParam(req, 'userId', 'Brugeren');
    const result = await attempt(() => resetPassword(db, currentUser(res), userId, req.body));
    if (!result.ok) return renderUser(res, userId, withErrors(result.errors));
    setFlash(req, 'Den nye adgangskode er gemt. Giv den til brugeren ad en sikker vej.');
    res.redirect(`/admin/brugere/${userId}`);
  };

  router.get('/admin', requireAdmin, overview);
  router.get('/admin/grupper/ny', requireAdmin, (_req, res) => renderNewGroup(res, {}));
  router.post('/admin/grupper', requireAdmin, createGroupRoute);
  router.get('/admin/grupper/:groupId', requireAdmin, showGroup);
  router.post('/admin/grupper/:groupId', requireAdmin, updateGroupRoute);
  router.post('/admin/grupper/:groupId/medlemmer', requireAdmin, setMember);
  router.post('/admin/grupper/:groupId/medlemmer/:userId/fjern', requireAdmin, removeMemberRoute);
  router.get('/admin/brugere/ny', requireAdmin, (_req, res) => renderNewUser(res, {}));
  router.post('/admin/brugere', requireAdmin, createUserRoute);
  router.get('/admin/brugere/:userId', requireAdmin, showUser);
  router.post('/admin/brugere/:userId', requireAdmin, updateUserRoute);
  router.post('/admin/brugere/:userId/deaktiver', requireAdmin, setActiveRoute(false));
  router.post('/admin/brugere/:userId/aktiver', requireAdmin, setActiveRoute(true));
  router.post('/admin/brugere/:userId/adgangskode', requireAdmin, resetPasswordRoute);
  return router;
}
