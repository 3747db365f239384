import type { Request, Response } from 'express';
import type { Indicator } from '../../indicators/indicator.js';
import { findIndicator } from '../../indicators/indicator-queries.js';
import { listReviews, loadQuality, recordReview } from '../../organisation/quality-queries.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { longDate } from './dates.js';
import { qualityView } from './quality-view.js';

const messages = {
  title: (name: string) => `Datagrundlag – ${name}`,
  crumb: 'Datagrundlag',
  indicator: 'Indikatoren',
  reviewed: 'Gennemgangen er gemt. Datagrundlaget foreslås ikke på dagsordenen det næste halve år.',
};

async function indicatorOf(req: Request, res: Response): Promise<Indicator> {
  return found(await findIndicator(services(req).db, groupContext(res).group.id, idParam(req, 'indicatorId', messages.indicator)), messages.indicator);
}

async function render(req: Request, res: Response, indicator: Indicator, form?: { values: unknown; errors: FieldError[] }) {
  const { db, now, content } = services(req);
  const { group, role } = groupContext(res);
  const base = `/grupper/${group.id}/indikatorer/${indicator.id}`;
  const [quality, reviews] = await Promise.all([loadQuality(db, indicator, now()), listReviews(db, indicator.id)]);
  res.status(form ? 400 : 200).render('organisation/quality', {
    title: messages.title(indicator.name),
    breadcrumbs: groupCrumbs(group, { label: indicator.name, href: base }, { label: messages.crumb }),
    indicator,
    quality: qualityView(quality, indicator),
    reviews: reviews.map((r) => ({ ...r, when: longDate(r.at) })),
    action: `${base}/datagrundlag`,
    canEdit: role === 'editor',
    // The data theme's questions the card answers with facts, word for word from the leadership foundation.
    questions: content.dataTheme.reflectionQuestions.filter((q) => ['valid-data', 'qualified-decisions', 'better-data-foundation'].includes(q.id)),
    values: form?.values ?? {},
    ...formErrors(form?.errors),
  });
}

export async function show(req: Request, res: Response) {
  await render(req, res, await indicatorOf(req, res));
}

export async function review(req: Request, res: Response) {
  const indicator = await indicatorOf(req, res);
  const result = await attempt(() => recordReview(services(req).db, actorOf(res), indicator, req.body));
  if (!result.ok) return render(req, res, indicator, { values: req.body, errors: result.errors });
  setFlash(req, messages.reviewed);
  res.redirect(`/grupper/${groupContext(res).group.id}/indikatorer/${indicator.id}/datagrundlag`);
}
