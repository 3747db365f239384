import type { Request, Response } from 'express';
import { listTokens } from '../../api/api-token-queries.js';
import { createToken, revokeTokenOf } from '../../api/api-token-service.js';
import { attempt, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';

const messages = {
  title: (group: string) => `API-nøgler – ${group}`,
  crumb: 'API-nøgler',
  token: 'Nøglen',
  revoked: 'Nøglen er tilbagekaldt og virker ikke længere.',
};

const scopeOptions = [
  { value: 'import', label: 'Importere data – et BI-system sender kvartalstal til gruppen' },
  { value: 'read', label: 'Læse data – Power BI eller et andet BI-værktøj henter gruppens tal, mål, handlinger og møder' },
];

function tokensHref(groupId: number): string {
  return `/grupper/${groupId}/api-noegler`;
}

async function render(req: Request, res: Response, extra: { errors?: FieldError[]; secret?: string; values?: unknown } = {}) {
  const { group } = groupContext(res);
  res.status(extra.errors ? 400 : 200).render('api/tokens', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    tokens: await listTokens(services(req).db, group.id),
    base: tokensHref(group.id),
    endpoint: `${req.protocol}://${req.get('host')}/api/v1/groups/${group.id}/imports`,
    readBase: `${req.protocol}://${req.get('host')}/api/v1/groups/${group.id}`,
    openApiUrl: `${req.protocol}://${req.get('host')}/api/v1/openapi.json`,
    scopeOptions,
    secret: extra.secret,
    values: extra.values,
    ...formErrors(extra.errors),
  });
}

export const list = (req: Request, res: Response) => render(req, res);

export async function create(req: Request, res: Response) {
  const result = await attempt(() => createToken(services(req).db, actorOf(res), req.body));
  if (!result.ok) return render(req, res, { errors: result.errors, values: req.body });
  // Shown once, on this response only; it is never stored in clear text.
  res.set('Cache-Control', 'no-store');
  await render(req, res, { secret: result.value.secret });
}

export async function revoke(req: Request, res: Response) {
  const { group } = groupContext(res);
  const id = idParam(req, 'tokenId', messages.token);
  await revokeTokenOf(services(req).db, actorOf(res), id);
  setFlash(req, messages.revoked);
  res.redirect(tokensHref(group.id));
}
