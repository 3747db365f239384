import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { attempt, fieldErrorMap, NotFoundError, type FieldError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { listTokens } from './api-token-queries.js';
import { createToken, revokeTokenOf } from './api-token-service.js';

export function apiTokenRoutes(db: Db): Router {
  const router = Router();
  const editor = requireGroup(db, 'editor');
  const base = (res: Response) => `/grupper/${groupContext(res).group.id}/api-noegler`;

  const render = async (req: Request, res: Response, extra: { errors?: FieldError[]; secret?: string; values?: Record<string, unknown> } = {}) => {
    const { group } = groupContext(res);
    res.status(extra.errors ? 400 : 200).render('api/tokens', {
      title: `API-nøgler – ${group.name}`,
      breadcrumbs: [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, { label: 'API-nøgler' }],
      tokens: await listTokens(db, group.id),
      base: base(res),
      endpoint: `${req.protocol}://${req.get('host')}/api/v1/groups/${group.id}/imports`,
      ...extra,
      fieldErrors: extra.errors && fieldErrorMap(extra.errors),
    });
  };

  const list = (req: Request, res: Response) => render(req, res);

  const create = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const result = await attempt(() => createToken(db, { userId: user.id, groupId: group.id }, req.body));
    if (!result.ok) return render(req, res, { errors: result.errors, values: req.body });
    // Shown once, on this response only; it is never stored in clear text.
    res.set('Cache-Control', 'no-store');
    await render(req, res, { secret: result.value.secret });
  };

  const revoke = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const id = parseId(req.params.tokenId);
    if (id === undefined) throw new NotFoundError('Nøglen');
    await revokeTokenOf(db, { userId: user.id, groupId: group.id }, id);
    setFlash(req, 'Nøglen er tilbagekaldt og virker ikke længere.');
    res.redirect(base(res));
  };

  router.get('/grupper/:groupId/api-noegler', editor, list);
  router.post('/grupper/:groupId/api-noegler', editor, create);
  router.post('/grupper/:groupId/api-noegler/:tokenId/tilbagekald', editor, revoke);
  return router;
}
