import type { Request, Response } from 'express';
import type { Indicator } from '../../indicators/indicator.js';
import { findIndicator, listIndicators } from '../../indicators/indicator-queries.js';
import { archiveIndicator, createIndicator, editIndicator } from '../../indicators/indicator-service.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { localReturn } from '../../web/return-to.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { directionOptions, frequencyOptions, indicatorFormValues, NEW_INDICATOR_FORM, unitChoiceFor, unitOptions } from './indicator-view.js';

const messages = {
  indicator: 'Indikatoren',
  newIndicator: 'Ny indikator',
  edit: (name: string) => `Rediger ${name}`,
  editCrumb: 'Rediger',
  archiveTitle: (group: string) => `Arkiverede indikatorer – ${group}`,
  archiveCrumb: 'Arkiverede indikatorer',
  createdForImport: (name: string) => `Indikatoren „${name}“ er oprettet og knyttet til filen.`,
  created: (name: string) => `Indikatoren „${name}“ er oprettet. Indtast de første værdier nedenfor.`,
  saved: 'Ændringerne er gemt.',
  archived: (name: string) => `„${name}“ er arkiveret. Data er bevaret, og du kan gendanne den fra arkivet.`,
  restored: (name: string) => `„${name}“ er gendannet.`,
};

export function indicatorsHref(groupId: number): string {
  return `/grupper/${groupId}/indikatorer`;
}

/** The indicator in the route, within the route's group; anything else is a 404. */
export async function indicatorOf(req: Request, res: Response): Promise<Indicator> {
  const id = idParam(req, 'indicatorId', messages.indicator);
  return found(await findIndicator(services(req).db, groupContext(res).group.id, id), messages.indicator);
}

function renderForm(res: Response, opts: { indicator?: Indicator; values: unknown; errors?: FieldError[] }) {
  const { group } = groupContext(res);
  const editing = opts.indicator;
  const base = indicatorsHref(group.id);
  res.status(opts.errors ? 400 : 200).render('indicators/form', {
    title: editing ? messages.edit(editing.name) : messages.newIndicator,
    breadcrumbs: editing
      ? groupCrumbs(group, { label: editing.name, href: `${base}/${editing.id}` }, { label: messages.editCrumb })
      : groupCrumbs(group, { label: messages.newIndicator }),
    action: editing ? `${base}/${editing.id}` : base,
    cancelHref: editing ? `${base}/${editing.id}` : groupHref(group),
    editing: Boolean(editing),
    values: opts.values,
    ...formErrors(opts.errors),
    unitOptions,
    directionOptions,
    frequencyOptions,
  });
}

/** Only a path back into this group's import flow is accepted, so the form cannot redirect elsewhere. */
function importReturn(res: Response, value: unknown): string | undefined {
  return localReturn(value, `/grupper/${groupContext(res).group.id}/import`, '') || undefined;
}

export function showNew(req: Request, res: Response) {
  const fromImport = importReturn(res, req.query.tilbage);
  const values = { ...NEW_INDICATOR_FORM, ...(fromImport && { name: String(req.query.navn ?? ''), returnTo: fromImport }) };
  const unit = String(req.query.enhed ?? '').trim();
  if (fromImport && unit) Object.assign(values, unitChoiceFor(unit));
  renderForm(res, { values });
}

export async function create(req: Request, res: Response) {
  const { group } = groupContext(res);
  const result = await attempt(() => createIndicator(services(req).db, actorOf(res), req.body));
  if (!result.ok) return renderForm(res, { values: req.body, errors: result.errors });
  const back = importReturn(res, req.body.returnTo);
  setFlash(req, back ? messages.createdForImport(result.value.name) : messages.created(result.value.name));
  res.redirect(back ?? `${indicatorsHref(group.id)}/${result.value.id}`);
}

export async function showEdit(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  renderForm(res, { indicator, values: indicatorFormValues(indicator) });
}

export async function update(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => editIndicator(services(req).db, actorOf(res), indicator.id, req.body));
  if (!result.ok) return renderForm(res, { indicator, values: req.body, errors: result.errors });
  setFlash(req, messages.saved);
  res.redirect(`${indicatorsHref(group.id)}/${indicator.id}`);
}

async function setArchived(req: Request, res: Response, archived: boolean) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  await archiveIndicator(services(req).db, actorOf(res), indicator.id, archived);
  setFlash(req, archived ? messages.archived(indicator.name) : messages.restored(indicator.name));
  res.redirect(archived ? groupHref(group) : `${indicatorsHref(group.id)}/${indicator.id}`);
}

export const archive = (req: Request, res: Response) => setArchived(req, res, true);
export const restore = (req: Request, res: Response) => setArchived(req, res, false);

export async function archiveList(req: Request, res: Response) {
  const { group, role } = groupContext(res);
  const indicators = await listIndicators(services(req).db, group.id, { archived: true });
  res.render('indicators/archive', {
    title: messages.archiveTitle(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.archiveCrumb }),
    indicators,
    base: indicatorsHref(group.id),
    canEdit: role === 'editor',
  });
}
