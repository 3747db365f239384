import type { Request, Response } from 'express';
import { createComputedIndicator, PART_UNITS } from '../../indicators/computed-service.js';
import { attempt, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { directionOptions, frequencyOptions, unitOptions } from '../indicators/indicator-view.js';

const messages = {
  title: 'Ny beregnet indikator',
  created: (name: string) => `„${name}“ er oprettet. Indtast tæller og nævner for de første perioder nedenfor.`,
};

const partUnitLabels: Record<(typeof PART_UNITS)[number], string> = { antal: 'Antal', dage: 'Dage', 'kr.': 'Kroner (kr.)' };

export const NEW_COMPUTED_FORM: Record<string, string> = { unitChoice: '%', decimals: '1', direction: 'down', frequency: 'quarter', factor: '100', partUnit: 'dage' };

function renderForm(res: Response, values: Record<string, unknown>, errors?: FieldError[]) {
  const { group } = groupContext(res);
  res.status(errors ? 400 : 200).render('organisation/computed-form', {
    title: messages.title,
    breadcrumbs: groupCrumbs(group, { label: messages.title }),
    action: `/grupper/${group.id}/indikatorer/beregnede`,
    cancelHref: groupHref(group),
    values,
    ...formErrors(errors),
    unitOptions,
    directionOptions,
    frequencyOptions,
    partUnitOptions: PART_UNITS.map((value) => ({ value, label: partUnitLabels[value] })),
  });
}

export function showNew(_req: Request, res: Response) {
  renderForm(res, NEW_COMPUTED_FORM);
}

export async function create(req: Request, res: Response) {
  const { group } = groupContext(res);
  const result = await attempt(() => createComputedIndicator(services(req).db, actorOf(res), req.body));
  if (!result.ok) return renderForm(res, req.body, result.errors);
  setFlash(req, messages.created(result.value.name));
  res.redirect(`/grupper/${group.id}/indikatorer/${result.value.id}`);
}
