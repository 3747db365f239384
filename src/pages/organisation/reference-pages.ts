import type { Request, Response } from 'express';
import { findIndicator } from '../../indicators/indicator-queries.js';
import type { Indicator } from '../../indicators/indicator.js';
import { addReferenceSeries, findFetch, findReference, listReferences, removeReferenceSeries, removeSeriesFetch, setSeriesFetch } from '../../organisation/reference-series.js';
import { runFetchNow } from '../../organisation/series-fetch.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { intervalOptions, referenceView } from './reference-view.js';

const messages = {
  title: (name: string) => `Sammenligningsserier – ${name}`,
  crumb: 'Sammenligningsserier',
  indicator: 'Indikatoren',
  series: 'Sammenligningsserien',
  added: (label: string) => `„${label}“ er tilføjet. Importér dens tal, eller sæt en automatisk hentning op nedenfor.`,
  removed: 'Sammenligningsserien og dens tal er fjernet. Det kan ses i historikken.',
  fetchSet: 'Hentningen er sat op. Den kører nu og derefter automatisk.',
  fetchStopped: 'Den automatiske hentning er stoppet. Tallene, der allerede er hentet, er bevaret.',
  noFetch: 'Der er ingen hentning sat op for serien.',
};

async function indicatorOf(req: Request, res: Response): Promise<Indicator> {
  const { group } = groupContext(res);
  return found(await findIndicator(services(req).db, group.id, idParam(req, 'indicatorId', messages.indicator)), messages.indicator);
}

function pageHref(groupId: number, indicatorId: number): string {
  return `/grupper/${groupId}/indikatorer/${indicatorId}/serier`;
}

async function render(req: Request, res: Response, indicator: Indicator, extra: { errors?: FieldError[]; values?: Record<string, unknown>; formFor?: number } = {}) {
  const { db } = services(req);
  const { group, role } = groupContext(res);
  const base = `/grupper/${group.id}/indikatorer/${indicator.id}`;
  const references = (await listReferences(db, indicator)).map((r) => referenceView(indicator, r, base));
  res.status(extra.errors ? 400 : 200).render('organisation/references', {
    title: messages.title(indicator.name),
    breadcrumbs: groupCrumbs(group, { label: indicator.name, href: base }, { label: messages.crumb }),
    indicator,
    references,
    action: pageHref(group.id, indicator.id),
    canEdit: role === 'editor',
    intervalOptions,
    values: extra.values ?? {},
    formFor: extra.formFor,
    ...formErrors(extra.errors),
  });
}

export async function list(req: Request, res: Response) {
  await render(req, res, await indicatorOf(req, res));
}

export async function add(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => addReferenceSeries(services(req).db, actorOf(res), indicator, req.body));
  if (!result.ok) return render(req, res, indicator, { errors: result.errors, values: req.body });
  setFlash(req, messages.added(result.value.seriesLabel ?? ''));
  res.redirect(pageHref(groupContext(res).group.id, indicator.id));
}

export async function remove(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => removeReferenceSeries(services(req).db, actorOf(res), indicator, idParam(req, 'seriesId', messages.series)));
  setFlash(req, result.ok ? messages.removed : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(pageHref(groupContext(res).group.id, indicator.id));
}

export async function setFetch(req: Request, res: Response) {
  const { db, now } = services(req);
  const indicator = await indicatorOf(req, res);
  const seriesId = idParam(req, 'seriesId', messages.series);
  const result = await attempt(() => setSeriesFetch(db, actorOf(res), indicator, seriesId, req.body, now()));
  if (!result.ok) return render(req, res, indicator, { errors: result.errors.map((e) => ({ ...e, field: `${e.field}-${seriesId}` })), values: req.body, formFor: seriesId });
  const fetchRow = await findFetch(db, seriesId);
  const outcome = fetchRow ? await runFetchNow(db, fetchRow, now()) : undefined;
  setFlash(req, outcome ? `${messages.fetchSet} ${outcome.message}` : messages.fetchSet, outcome && outcome.status !== 'ok' && outcome.status !== 'nothing-new' ? 'error' : 'success');
  res.redirect(`${pageHref(groupContext(res).group.id, indicator.id)}#serie-${seriesId}`);
}

export async function stopFetch(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => removeSeriesFetch(services(req).db, actorOf(res), indicator, idParam(req, 'seriesId', messages.series)));
  setFlash(req, result.ok ? messages.fetchStopped : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(pageHref(groupContext(res).group.id, indicator.id));
}

export async function fetchNow(req: Request, res: Response) {
  const { db, now } = services(req);
  const indicator = await indicatorOf(req, res);
  const seriesId = idParam(req, 'seriesId', messages.series);
  const checked = await attempt(() => findReference(db, indicator, seriesId));
  const fetchRow = checked.ok ? await findFetch(db, seriesId) : undefined;
  if (!fetchRow) {
    setFlash(req, checked.ok ? messages.noFetch : checked.errors[0]!.message, 'error');
    return res.redirect(pageHref(groupContext(res).group.id, indicator.id));
  }
  const outcome = await runFetchNow(db, fetchRow, now());
  setFlash(req, outcome.message, outcome.status === 'ok' || outcome.status === 'nothing-new' ? 'success' : 'error');
  res.redirect(`${pageHref(groupContext(res).group.id, indicator.id)}#serie-${seriesId}`);
}
