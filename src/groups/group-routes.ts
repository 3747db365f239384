import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import type { Content } from '../content/content-loader.js';
import { listAuditForGroup } from '../audit/audit-queries.js';
import { attempt, fieldErrorMap } from '../shared/errors.js';
import { currentUser, groupContext, requireGroup, requireUser } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { ROLE_LABELS } from './group.js';
import { loadGroupHome } from './group-home.js';
import { listMembers } from './group-queries.js';
import { editGroup } from './group-service.js';

const AUDIT_PAGE_SIZE = 50;

export function groupRoutes(db: Db, content: Content, today: () => Date): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');
  const editor = requireGroup(db, 'editor');
  const crumbs = (group: { id: number; name: string }, last?: string) => [
    { label: 'Mine grupper', href: '/' },
    last ? { label: group.name, href: `/grupper/${group.id}` } : { label: group.name },
    ...(last ? [{ label: last }] : []),
  ];

  const myGroups = (_req: Request, res: Response) => {
    const memberships = res.locals.memberships ?? [];
    if (memberships.length === 1 && !currentUser(res).isAdmin) return res.redirect(`/grupper/${memberships[0]!.group.id}`);
    res.render('groups/mine', {
      title: 'Mine grupper',
      groups: memberships.map((m) => ({ ...m.group, roleLabel: ROLE_LABELS[m.role] })),
    });
  };

  const home = async (_req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const [overview, members] = await Promise.all([loadGroupHome(db, group, today()), listMembers(db, group.id)]);
    res.render('groups/home', {
      title: group.name,
      breadcrumbs: crumbs(group),
      ...overview,
      members: members.map((m) => ({ ...m, roleLabel: ROLE_LABELS[m.role] })),
      canEdit: role === 'editor',
      dataTheme: content.dataTheme,
    });
  };

  const renderEdit = (res: Response, values: Record<string, unknown>, errors?: { field: string; message: string }[]) => {
    const { group } = groupContext(res);
    res.status(errors ? 400 : 200).render('groups/edit', {
      title: `Rediger ${group.name}`,
      breadcrumbs: crumbs(group, 'Rediger'),
      values,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const showEdit = (_req: Request, res: Response) => renderEdit(res, groupContext(res).group as unknown as Record<string, unknown>);

  const update = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const result = await attempt(() => editGroup(db, user.id, group.id, req.body));
    if (!result.ok) return renderEdit(res, req.body, result.errors);
    setFlash(req, 'Gruppens oplysninger er gemt.');
    res.redirect(`/grupper/${group.id}`);
  };

  const history = async (req: Request, res: Response) => {
    const { group } = groupContext(res);
    const page = Math.max(1, Number.parseInt(String(req.query.side ?? '1'), 10) || 1);
    const entries = await listAuditForGroup(db, group.id, { limit: AUDIT_PAGE_SIZE + 1, offset: (page - 1) * AUDIT_PAGE_SIZE });
    res.render('groups/history', {
      title: `Historik – ${group.name}`,
      breadcrumbs: crumbs(group, 'Historik'),
      entries: entries.slice(0, AUDIT_PAGE_SIZE),
      previousPage: page > 1 ? page - 1 : undefined,
      nextPage: entries.length > AUDIT_PAGE_SIZE ? page + 1 : undefined,
    });
  };

  router.get('/', requireUser, myGroups);
  router.get('/grupper/:groupId', reader, home);
  router.get('/grupper/:groupId/rediger', editor, showEdit);
  router.post('/grupper/:groupId', editor, update);
  router.get('/grupper/:groupId/historik', reader, history);
  return router;
}
