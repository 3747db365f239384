import type { Request, Response } from 'express';
import type { Indicator } from '../../indicators/indicator.js';
import { recordObservation, removeObservation } from '../../indicators/indicator-service.js';
import { summariseIndicator } from '../../indicators/indicator-summary.js';
import { listObservations } from '../../indicators/observation-queries.js';
import { displayPeriod, formatCanonical } from '../../periods/period.js';
import { attempt, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { goalsForIndicator } from '../goals/goal-rows.js';
import { loadIndicatorInsights } from './indicator-insights.js';
import { indicatorOf, indicatorsHref } from './indicator-pages.js';
import { indicatorCard, indicatorDetails, observationRows } from './indicator-view.js';
import { indicatorOwners } from '../../indicators/indicator-owner.js';

const messages = {
  valueSaved: (period: string) => `Værdien for ${period} er gemt.`,
  valueDeleted: 'Værdien er slettet. Den kan ses i gruppens historik.',
};

/** The indicator's page: its chart and story, its goals, its values, and the form for a new value. */
async function renderIndicator(req: Request, res: Response, indicator: Indicator, valueForm?: { values: unknown; errors: FieldError[] }) {
  const { db, now, content } = services(req);
  const { group, role } = groupContext(res);
  const observations = await listObservations(db, indicator.id);
  const [insights, goals, owners] = await Promise.all([
    loadIndicatorInsights(db, content, indicator, observations, now()),
    goalsForIndicator(db, group.id, indicator, observations, now()),
    indicatorOwners(db, group.id),
  ]);
  res.status(valueForm ? 400 : 200).render('indicators/show', {
    insights,
    goals,
    title: indicator.name,
    breadcrumbs: groupCrumbs(group, { label: indicator.name }),
    indicator: indicatorDetails(indicator),
    owner: owners.get(indicator.id),
    card: indicatorCard(indicator, summariseIndicator(indicator, observations, now())),
    rows: observationRows(indicator, observations),
    canEdit: role === 'editor',
    base: `${indicatorsHref(group.id)}/${indicator.id}`,
    valueValues: valueForm?.values ?? {},
    ...formErrors(valueForm?.errors),
  });
}

export async function show(req: Request, res: Response) {
  await renderIndicator(req, res, await indicatorOf(req, res));
}

export async function saveValue(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => recordObservation(services(req).db, actorOf(res), indicator, req.body));
  if (!result.ok) return renderIndicator(req, res, indicator, { values: req.body, errors: result.errors });
  setFlash(req, messages.valueSaved(displayPeriod(result.value)));
  res.redirect(`${indicatorsHref(group.id)}/${indicator.id}#vaerdi-${formatCanonical(result.value)}`);
}

export async function deleteValue(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  await removeObservation(services(req).db, actorOf(res), indicator, String(req.params.period));
  setFlash(req, messages.valueDeleted);
  res.redirect(`${indicatorsHref(group.id)}/${indicator.id}`);
}
