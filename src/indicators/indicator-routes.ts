import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import { attempt, fieldErrorMap, NotFoundError, type FieldError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import { localReturn } from '../web/return-to.js';
import { displayPeriod } from '../periods/period.js';
import type { Indicator } from './indicator.js';
import { getIndicator, listIndicators } from './indicator-queries.js';
import { archiveIndicator, createIndicator, editIndicator, recordObservation, removeObservation } from './indicator-service.js';
import { summariseIndicator } from './indicator-summary.js';
import {
  directionOptions,
  frequencyOptions,
  indicatorCard,
  indicatorDetails,
  indicatorFormValues,
  NEW_INDICATOR_FORM,
  unitChoiceFor,
  observationRows,
  unitOptions,
} from './indicator-view.js';
import { listObservations } from './observation-queries.js';
import { loadIndicatorInsights } from '../meetings/indicator-insights.js';
import { goalsForIndicator } from '../goals/goal-overview.js';

export function indicatorRoutes(db: Db, today: () => Date): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');
  const editor = requireGroup(db, 'editor');
  const base = (groupId: number) => `/grupper/${groupId}/indikatorer`;

  async function indicatorOf(req: Request, res: Response): Promise<Indicator> {
    const id = parseId(req.params.indicatorId);
    if (id === undefined) throw new NotFoundError('Indikatoren');
    return getIndicator(db, groupContext(res).group.id, id);
  }

  const crumbs = (res: Response, ...rest: { label: string; href?: string }[]) => {
    const { group } = groupContext(res);
    return [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, ...rest];
  };

  const renderForm = (res: Response, opts: { indicator?: Indicator; values: Record<string, unknown>; errors?: FieldError[] }) => {
    const { group } = groupContext(res);
    const editing = opts.indicator;
    res.status(opts.errors ? 400 : 200).render('indicators/form', {
      title: editing ? `Rediger ${editing.name}` : 'Ny indikator',
      breadcrumbs: editing
        ? crumbs(res, { label: editing.name, href: `${base(group.id)}/${editing.id}` }, { label: 'Rediger' })
        : crumbs(res, { label: 'Ny indikator' }),
      action: editing ? `${base(group.id)}/${editing.id}` : base(group.id),
      cancelHref: editing ? `${base(group.id)}/${editing.id}` : `/grupper/${group.id}`,
      editing: Boolean(editing),
      values: opts.values,
      errors: opts.errors,
      fieldErrors: opts.errors && fieldErrorMap(opts.errors),
      unitOptions,
      directionOptions,
      frequencyOptions,
    });
  };

  const renderIndicator = async (
    res: Response,
    indicator: Indicator,
    valueForm?: { values: Record<string, unknown>; errors: FieldError[] },
  ) => {
    const { group, role } = groupContext(res);
    const observations = await listObservations(db, indicator.id);
    const insights = await loadIndicatorInsights(db, indicator, observations, today());
    res.status(valueForm ? 400 : 200).render('indicators/show', {
      insights,
      // Mål (issue 4): the goals followed with this indicator, with their progress.
      goals: await goalsForIndicator(db, group.id, indicator, observations, today()),
      title: indicator.name,
      breadcrumbs: crumbs(res, { label: indicator.name }),
      indicator: indicatorDetails(indicator),
      card: indicatorCard(indicator, summariseIndicator(indicator, observations, today())),
      rows: observationRows(indicator, observations),
      canEdit: role === 'editor',
      base: `${base(group.id)}/${indicator.id}`,
      valueValues: valueForm?.values ?? {},
      errors: valueForm?.errors,
      fieldErrors: valueForm && fieldErrorMap(valueForm.errors),
    });
  };

  /** Only a path back into this group's import flow is accepted, so the form cannot redirect elsewhere. */
  const returnTo = (res: Response, value: unknown): string | undefined =>
    localReturn(value, `/grupper/${groupContext(res).group.id}/import`, '') || undefined;

  const showNew = (req: Request, res: Response) => {
    const fromImport = returnTo(res, req.query.tilbage);
    const values = { ...NEW_INDICATOR_FORM, ...(fromImport && { name: String(req.query.navn ?? ''), returnTo: fromImport }) };
    const unit = String(req.query.enhed ?? '').trim();
    if (fromImport && unit) Object.assign(values, unitChoiceFor(unit));
    renderForm(res, { values });
  };

  const create = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const result = await attempt(() => createIndicator(db, { userId: user.id, groupId: group.id }, req.body));
    if (!result.ok) return renderForm(res, { values: req.body, errors: result.errors });
    const back = returnTo(res, req.body.returnTo);
    setFlash(req, back ? `Indikatoren „${result.value.name}“ er oprettet og knyttet til filen.` : `Indikatoren „${result.value.name}“ er oprettet. Indtast de første værdier nedenfor.`);
    res.redirect(back ?? `${base(group.id)}/${result.value.id}`);
  };

  const show = async (req: Request, res: Response) => renderIndicator(res, await indicatorOf(req, res));

  const showEdit = async (req: Request, res: Response) => {
    const indicator = await indicatorOf(req, res);
    renderForm(res, { indicator, values: indicatorFormValues(indicator) });
  };

  const update = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const indicator = await indicatorOf(req, res);
    const result = await attempt(() => editIndicator(db, { userId: user.id, groupId: group.id }, indicator.id, req.body));
    if (!result.ok) return renderForm(res, { indicator, values: req.body, errors: result.errors });
    setFlash(req, 'Ændringerne er gemt.');
    res.redirect(`${base(group.id)}/${indicator.id}`);
  };

  const setArchived = (archived: boolean) => async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const indicator = await indicatorOf(req, res);
    await archiveIndicator(db, { userId: user.id, groupId: group.id }, indicator.id, archived);
    setFlash(
      req,
      archived
        ? `„${indicator.name}“ er arkiveret. Data er bevaret, og du kan gendanne den fra arkivet.`
        : `„${indicator.name}“ er gendannet.`,
    );
    res.redirect(archived ? `/grupper/${group.id}` : `${base(group.id)}/${indicator.id}`);
  };

  const archiveList = async (_req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const indicators = await listIndicators(db, group.id, { archived: true });
    res.render('indicators/archive', {
      title: `Arkiverede indikatorer – ${group.name}`,
      breadcrumbs: crumbs(res, { label: 'Arkiverede indikatorer' }),
      indicators,
      base: base(group.id),
      canEdit: role === 'editor',
    });
  };

  const saveValue = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const indicator = await indicatorOf(req, res);
    const result = await attempt(() => recordObservation(db, { userId: user.id, groupId: group.id }, indicator, req.body));
    if (!result.ok) return renderIndicator(res, indicator, { values: req.body, errors: result.errors });
    setFlash(req, `Værdien for ${displayPeriod(result.value)} er gemt.`);
    res.redirect(`${base(group.id)}/${indicator.id}`);
  };

  const deleteValue = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const indicator = await indicatorOf(req, res);
    await removeObservation(db, { userId: user.id, groupId: group.id }, indicator, String(req.params.period));
    setFlash(req, 'Værdien er slettet. Den kan ses i gruppens historik.');
    res.redirect(`${base(group.id)}/${indicator.id}`);
  };

  router.get('/grupper/:groupId/indikatorer/ny', editor, showNew);
  router.get('/grupper/:groupId/indikatorer/arkiv', reader, archiveList);
  router.post('/grupper/:groupId/indikatorer', editor, create);
  router.get('/grupper/:groupId/indikatorer/:indicatorId', reader, show);
  router.get('/grupper/:groupId/indikatorer/:indicatorId/rediger', editor, showEdit);
  router.post('/grupper/:groupId/indikatorer/:indicatorId', editor, update);
  router.post('/grupper/:groupId/indikatorer/:indicatorId/arkiver', editor, setArchived(true));
  router.post('/grupper/:groupId/indikatorer/:indicatorId/gendan', editor, setArchived(false));
  router.post('/grupper/:groupId/indikatorer/:indicatorId/vaerdier', editor, saveValue);
  router.post('/grupper/:groupId/indikatorer/:indicatorId/vaerdier/:period/slet', editor, deleteValue);
  return router;
}
