import type { Request, Response } from 'express';
import { isComputed, type Indicator } from '../../indicators/indicator.js';
import { recordObservation, removeObservation } from '../../indicators/indicator-service.js';
import { summariseIndicator } from '../../indicators/indicator-summary.js';
import { listObservations } from '../../indicators/observation-queries.js';
import { displayPeriod, formatCanonical } from '../../periods/period.js';
import { formatValue } from '../../numbers/value-format.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { ChartSlots } from '../../charts/chart-slots.js';
import { sendWithCharts } from '../send-with-charts.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { goalsForIndicator } from '../goals/goal-rows.js';
import { loadIndicatorInsights } from './indicator-insights.js';
import { indicatorOf, indicatorsHref } from './indicator-pages.js';
import { indicatorCard, indicatorDetails, observationRows } from './indicator-view.js';
import { indicatorOwner } from '../../indicators/indicator-owner.js';
import { indicatorBasis, type IndicatorBasis } from './indicator-basis.js';

const messages = {
  valueSaved: (period: string) => `Værdien for ${period} er gemt.`,
  valueCorrected: (period: string, was: string) => `Værdien for ${period} er rettet; den var ${was}. Den gamle værdi står i gruppens historik.`,
  valueDeleted: (period: string, value: string) => `Værdien for ${period} (${value}) er slettet. Den kan ses i gruppens historik.`,
  confirmTitle: (period: string) => `Slet værdien for ${period}?`,
  value: 'Værdien',
};

/** The indicator's page: its chart and story, its goals, its values, and the form for a new value. */
async function renderIndicator(req: Request, res: Response, basis: IndicatorBasis, valueForm?: { values: unknown; errors: FieldError[] }) {
  const { db, now, content } = services(req);
  const { group, role } = groupContext(res);
  // The group's board holds the indicator, its values, actions and goals as kept for its data version
  // (an archived indicator is not on it).
  const { board, indicator, entry } = basis;
  const observations = entry ? [...entry.observations] : await listObservations(db, indicator.id);
  // The chart's bytes are spliced into the page as it is sent, not copied through the template.
  const slots = new ChartSlots();
  const [insights, goals, owner] = await Promise.all([
    basis.references.then((references) =>
      loadIndicatorInsights(db, content, indicator, observations, now(), slots, { goals: board.allGoals, references, ...(basis.actions && { actions: basis.actions }) }),
    ),
    goalsForIndicator(db, group.id, indicator, observations, now(), board.allGoals),
    indicatorOwner(db, indicator.id),
  ]);
  await sendWithCharts(res, 'indicators/show', {
    insights,
    goals,
    title: indicator.name,
    breadcrumbs: groupCrumbs(group, { label: indicator.name }),
    indicator: indicatorDetails(indicator),
    owner,
    card: indicatorCard(indicator, summariseIndicator(indicator, observations, now())),
    rows: observationRows(indicator, observations),
    canEdit: role === 'editor',
    base: `${indicatorsHref(group.id)}/${indicator.id}`,
    valueValues: valueForm?.values ?? {},
    ...formErrors(valueForm?.errors),
  }, slots, valueForm ? 400 : 200);
}

export async function show(req: Request, res: Response) {
  await renderIndicator(req, res, await indicatorBasis(req, res));
}

export async function saveValue(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => recordObservation(services(req).db, actorOf(res), indicator, req.body));
  if (!result.ok) return renderIndicator(req, res, await indicatorBasis(req, res), { values: req.body, errors: result.errors });
  const { period, replaced } = result.value;
  setFlash(req, replaced === undefined ? messages.valueSaved(displayPeriod(period)) : messages.valueCorrected(displayPeriod(period), formatValue(indicator, replaced)));
  res.redirect(`${indicatorsHref(group.id)}/${indicator.id}#vaerdi-${formatCanonical(period)}`);
}

/** The value a delete is about, as the value table shows it; an unknown period is a 404. */
async function valueRow(req: Request, indicator: Indicator) {
  const rows = observationRows(indicator, await listObservations(services(req).db, indicator.id));
  return found(rows.find((r) => r.canonical === String(req.params.period)), messages.value);
}

/** A value is deleted only after the leader has seen which one: one click on a list must not remove data. */
export async function confirmDeleteValue(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const row = await valueRow(req, indicator);
  const base = `${indicatorsHref(group.id)}/${indicator.id}`;
  res.render('indicators/delete-value', {
    title: messages.confirmTitle(row.period),
    breadcrumbs: groupCrumbs(group, { label: indicator.name, href: base }, { label: messages.confirmTitle(row.period) }),
    indicator,
    row,
    computed: isComputed(indicator),
    action: `${base}/vaerdier/${row.canonical}/slet`,
    cancelHref: `${base}#vaerdi-${row.canonical}`,
  });
}

export async function deleteValue(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const row = await valueRow(req, indicator);
  await removeObservation(services(req).db, actorOf(res), indicator, row.canonical);
  setFlash(req, messages.valueDeleted(row.period, row.value));
  // No fragment: the page opens at its top, where the flash that names the deleted value takes the focus.
  res.redirect(`${indicatorsHref(group.id)}/${indicator.id}`);
}
