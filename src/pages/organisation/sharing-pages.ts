import type { Request, Response } from 'express';
import { findIndicator } from '../../indicators/indicator-queries.js';
import { adoptIndicator, listSharedFromAbove, shareIndicator } from '../../indicators/shared-indicators.js';
import { attempt, found } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { longDate } from './dates.js';

const messages = {
  title: 'Fælles indikatorer',
  indicator: 'Indikatoren',
  shared: (name: string) => `„${name}“ er delt med grupperne under jer. De kan nu tage den i brug og levere deres egne tal.`,
  adopted: (name: string) => `I bruger nu den fælles indikator „${name}“. Indtast eller importér jeres egne tal.`,
};

export function offersHref(groupId: number): string {
  return `/grupper/${groupId}/faelles-indikatorer`;
}

/** The shared indicators of the groups above, and whether the group uses each. */
export async function offers(req: Request, res: Response) {
  const { group, role } = groupContext(res);
  const list = await listSharedFromAbove(services(req).db, group.id);
  res.render('organisation/offers', {
    title: messages.title,
    breadcrumbs: groupCrumbs(group, { label: messages.title }),
    offers: list.map((o) => ({
      id: o.indicator.id,
      name: o.indicator.name,
      definition: o.indicator.definition,
      owner: o.owner.name,
      unit: o.indicator.unit,
      computed: o.indicator.factor !== null && o.indicator.factor !== undefined,
      changedText: o.indicator.definitionChangedAt ? longDate(o.indicator.definitionChangedAt) : undefined,
      href: o.adoptedId === undefined ? undefined : `/grupper/${group.id}/indikatorer/${o.adoptedId}`,
      adoptAction: `${offersHref(group.id)}/${o.indicator.id}/tag-i-brug`,
    })),
    canEdit: role === 'editor',
  });
}

export async function share(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const indicator = found(await findIndicator(db, group.id, idParam(req, 'indicatorId', messages.indicator)), messages.indicator);
  const result = await attempt(() => shareIndicator(db, actorOf(res), indicator, req.body));
  setFlash(req, result.ok ? messages.shared(indicator.name) : result.errors[0]!.message, result.ok ? 'success' : 'error');
  res.redirect(`/grupper/${group.id}/indikatorer/${indicator.id}`);
}

export async function adopt(req: Request, res: Response) {
  const { group } = groupContext(res);
  const sharedId = idParam(req, 'indicatorId', messages.indicator);
  const result = await attempt(() => adoptIndicator(services(req).db, actorOf(res), sharedId));
  if (!result.ok) {
    setFlash(req, result.errors[0]!.message, 'error');
    return res.redirect(offersHref(group.id));
  }
  setFlash(req, messages.adopted(result.value.name));
  res.redirect(`/grupper/${group.id}/indikatorer/${result.value.id}`);
}
