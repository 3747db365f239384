import type { Request, Response } from 'express';
import { listImports } from '../../imports/import-queries.js';
import { listLearnedMappings } from '../../imports/mapping-queries.js';
import { forgetLearnedMapping } from '../../imports/import-mapping.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { importHistoryHref, importHref, mappingsHref } from './import-links.js';
import { importRecordView } from './import-view.js';

const messages = {
  title: (group: string) => `Data – ${group}`,
  crumb: 'Data',
  mappingsTitle: (group: string) => `Lærte tilknytninger – ${group}`,
  mappingsCrumb: 'Lærte tilknytninger',
  forgotten: (label: string) => `Tilknytningen af „${label}“ er glemt. Næste fil med det navn spørger igen.`,
  alreadyForgotten: 'Tilknytningen var allerede glemt.',
};

/** The group's data in one place: import a file, earlier imports, learned mappings, export and API keys. */
export async function data(req: Request, res: Response) {
  const { db } = services(req);
  const { group, role } = groupContext(res);
  const [imports, mappings] = await Promise.all([listImports(db, group.id), listLearnedMappings(db, group.id)]);
  res.render('imports/data', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    imports: imports.slice(0, 5).map(importRecordView),
    importCount: imports.length,
    mappingCount: mappings.length,
    importHref: importHref(group.id),
    historyHref: importHistoryHref(group.id),
    mappingsHref: mappingsHref(group.id),
    canEdit: role === 'editor',
  });
}

/** What imports have learned: which label in a file means which indicator, and which labels are skipped. */
export async function mappings(req: Request, res: Response) {
  const { group, role } = groupContext(res);
  const learned = await listLearnedMappings(services(req).db, group.id);
  res.render('imports/mappings', {
    title: messages.mappingsTitle(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb, href: `/grupper/${group.id}/data` }, { label: messages.mappingsCrumb }),
    mappings: learned.map((m) => ({
      ...m,
      importHref: m.importId !== null ? `${importHistoryHref(group.id)}/${m.importId}` : undefined,
    })),
    forgetAction: `${mappingsHref(group.id)}/glem`,
    canEdit: role === 'editor',
  });
}

export async function forget(req: Request, res: Response) {
  const { group } = groupContext(res);
  const label = await forgetLearnedMapping(services(req).db, actorOf(res), String(req.body.key ?? ''));
  // Forgetting twice (a second click, another tab) is not an error: the mapping is gone either way.
  if (label === undefined) setFlash(req, messages.alreadyForgotten, 'info');
  else setFlash(req, messages.forgotten(label));
  res.redirect(mappingsHref(group.id));
}
