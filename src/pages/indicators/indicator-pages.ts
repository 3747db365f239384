import type { Request, Response } from 'express';
import type { Indicator } from '../../indicators/indicator.js';
import { findIndicator, listIndicators } from '../../indicators/indicator-queries.js';
import { loadGroupBoard } from '../../meetings/group-board.js';
import { archiveIndicator, createIndicator, editIndicator } from '../../indicators/indicator-service.js';
import { createIndicatorForLabel } from '../../imports/import-mapping.js';
import { nameWithoutUnit } from '../../imports/unit-hint.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { localReturn } from '../../web/return-to.js';
import { services } from '../../web/services.js';
import { groupCrumbs, groupHref } from '../breadcrumbs.js';
import { indicatorRow } from '../groups/group-home-view.js';
import { indicatorsHref, labelsToCreate, newFromLabelsHref, type LabelToCreate } from './indicator-links.js';
import { directionOptions, frequencyOptions, indicatorFormValues, NEW_INDICATOR_FORM, unitChoiceFor, unitOptions } from './indicator-view.js';
import { indicatorOwner, readOwner, setIndicatorOwner } from '../../indicators/indicator-owner.js';
import { listMembers } from '../../groups/group-queries.js';

const messages = {
  indicator: 'Indikatoren',
  newIndicator: 'Ny indikator',
  edit: (name: string) => `Rediger ${name}`,
  editCrumb: 'Rediger',
  archiveTitle: (group: string) => `Arkiverede indikatorer – ${group}`,
  archiveCrumb: 'Arkiverede indikatorer',
  listTitle: (group: string) => `Indikatorer – ${group}`,
  listCrumb: 'Indikatorer',
  createdForImport: (name: string, label: string) =>
    name === label ? `Indikatoren „${name}“ er oprettet og knyttet til filen.` : `Indikatoren „${name}“ er oprettet og knyttet til „${label}“ i filen.`,
  createNext: (label: string) => `Opret nu „${label}“.`,
  newFromFile: 'Ny indikator fra filen',
  created: (name: string) => `Indikatoren „${name}“ er oprettet. Indtast de første værdier nedenfor.`,
  saved: 'Ændringerne er gemt.',
  archived: (name: string) => `„${name}“ er arkiveret. Data er bevaret, og du kan gendanne den fra arkivet.`,
  restored: (name: string) => `„${name}“ er gendannet.`,
};

export { indicatorsHref };

/** The indicator in the route, within the route's group; anything else is a 404. */
export async function indicatorOf(req: Request, res: Response): Promise<Indicator> {
  const id = idParam(req, 'indicatorId', messages.indicator);
  return found(await findIndicator(services(req).db, groupContext(res).group.id, id), messages.indicator);
}

/** Creating indicators from an import's labels: the labels still to create (the form's one first) and the way back. */
interface FromImport {
  back: string;
  queue: LabelToCreate[];
  /** How many labels were chosen for creation in all; the form says "1 af 2". */
  total: number;
}

/** The owner select: the group's active members, "Ingen ejer" first. */
async function ownerOptions(res: Response, values: unknown) {
  const { db } = services(res.req);
  const chosen = String((values as Record<string, unknown> | undefined)?.ownerUserId ?? '');
  const members = (await listMembers(db, groupContext(res).group.id)).filter((m) => m.active);
  return [{ value: '', label: 'Ingen ejer', selected: chosen === '' }, ...members.map((m) => ({ value: String(m.userId), label: m.name, selected: chosen === String(m.userId) }))];
}

async function renderForm(res: Response, opts: { indicator?: Indicator; values: unknown; errors?: FieldError[]; fromImport?: FromImport }) {
  const { group } = groupContext(res);
  const owners = await ownerOptions(res, opts.values);
  const editing = opts.indicator;
  const base = indicatorsHref(group.id);
  const from = opts.fromImport;
  res.status(opts.errors ? 400 : 200).render('indicators/form', {
    title: editing ? messages.edit(editing.name) : from ? messages.newFromFile : messages.newIndicator,
    breadcrumbs: editing
      ? groupCrumbs(group, { label: editing.name, href: `${base}/${editing.id}` }, { label: messages.editCrumb })
      : groupCrumbs(group, { label: from ? messages.newFromFile : messages.newIndicator }),
    action: editing ? `${base}/${editing.id}` : base,
    cancelHref: editing ? `${base}/${editing.id}` : (from?.back ?? groupHref(group)),
    editing: Boolean(editing),
    values: opts.values,
    fromImport: from && {
      back: from.back,
      label: from.queue[0]!.label,
      queue: from.queue,
      later: from.queue.slice(1).map((l) => l.label),
      position: from.total - from.queue.length + 1,
      total: from.total,
    },
    ...formErrors(opts.errors),
    unitOptions,
    directionOptions,
    frequencyOptions,
    ownerOptions: owners,
  });
}

/** Only a path back into this group's import flow is accepted, so the form cannot redirect elsewhere. */
function importReturn(res: Response, value: unknown): string | undefined {
  return localReturn(value, `/grupper/${groupContext(res).group.id}/import`, '') || undefined;
}

function fromImportOf(res: Response, raw: Record<string, unknown>): FromImport | undefined {
  const back = importReturn(res, raw.tilbage ?? raw.returnTo);
  const queue = back ? labelsToCreate(raw) : [];
  if (!back || !queue.length) return undefined;
  const total = Number(raw.af);
  return { back, queue, total: Number.isInteger(total) && total >= queue.length && total <= 50 ? total : queue.length };
}

export async function showNew(req: Request, res: Response) {
  const from = fromImportOf(res, req.query as Record<string, unknown>);
  const values: Record<string, string> = { ...NEW_INDICATOR_FORM };
  if (from) {
    const [first] = from.queue;
    // The unit is chosen in its own field, so the suggested name leaves it out; the user can rename freely.
    Object.assign(values, { name: nameWithoutUnit(first!.label) }, first!.unit ? unitChoiceFor(first!.unit) : {});
  }
  await renderForm(res, { values, ...(from && { fromImport: from }) });
}

export async function create(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const from = fromImportOf(res, req.body);
  const label = from?.queue[0]?.label;
  const uploadId = from ? Number(/\/import\/(\d+)$/.exec(from.back)?.[1]) || undefined : undefined;
  const owner = await attempt(() => readOwner(db, group.id, req.body));
  if (!owner.ok) return renderForm(res, { values: req.body, errors: owner.errors, ...(from && { fromImport: from }) });
  const result = await attempt(() =>
    from && label ? createIndicatorForLabel(db, actorOf(res), req.body, { label, ...(uploadId && { uploadId }) }) : createIndicator(db, actorOf(res), req.body),
  );
  if (result.ok && owner.value !== null) await setIndicatorOwner(db, actorOf(res), result.value.id, owner.value);
  if (!result.ok) return renderForm(res, { values: req.body, errors: result.errors, ...(from && { fromImport: from }) });
  if (!from || !label) {
    setFlash(req, messages.created(result.value.name));
    return res.redirect(`${indicatorsHref(group.id)}/${result.value.id}`);
  }
  const rest = from.queue.slice(1);
  const done = messages.createdForImport(result.value.name, label);
  if (!rest.length) {
    setFlash(req, done);
    return res.redirect(from.back);
  }
  setFlash(req, `${done} ${messages.createNext(rest[0]!.label)}`);
  res.redirect(`${newFromLabelsHref(group.id, rest, from.back)}&af=${from.total}`);
}

export async function showEdit(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  const owner = await indicatorOwner(services(req).db, indicator.id);
  await renderForm(res, { indicator, values: { ...indicatorFormValues(indicator), ownerUserId: owner ? String(owner.userId) : '' } });
}

export async function update(req: Request, res: Response) {
  const { group } = groupContext(res);
  const indicator = await indicatorOf(req, res);
  const owner = await attempt(() => readOwner(services(req).db, group.id, req.body));
  const result = owner.ok ? await attempt(() => editIndicator(services(req).db, actorOf(res), indicator.id, req.body)) : owner;
  if (!result.ok) return renderForm(res, { indicator, values: req.body, errors: result.errors });
  if (owner.ok) await setIndicatorOwner(services(req).db, actorOf(res), indicator.id, owner.value);
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

/** The group's indicators as a table with a small trend per row; the charts are on the dashboard. */
export async function list(req: Request, res: Response) {
  const { db, now } = services(req);
  const { group, role } = groupContext(res);
  const [board, archived] = await Promise.all([loadGroupBoard(db, group.id, now()), listIndicators(db, group.id, { archived: true })]);
  const cards = board.entries.map(indicatorRow);
  res.render('indicators/list', {
    title: messages.listTitle(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.listCrumb }),
    cards,
    missingCount: cards.filter((c) => c.missingPeriod).length,
    archivedCount: archived.length,
    base: indicatorsHref(group.id),
    canEdit: role === 'editor',
  });
}

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
