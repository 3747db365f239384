import type { Request, Response } from 'express';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { undoImport } from '../../imports/import-undo.js';
import { findImport, listImportChanges, listImports } from '../../imports/import-queries.js';
import { listMappingsTaughtBy } from '../../imports/mapping-queries.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { importHistoryHref, importHref } from './import-links.js';
import { importChangeRows, importRecordView } from './import-view.js';

const messages = {
  title: (group: string) => `Importer – ${group}`,
  crumb: 'Importer',
  importOf: (file: string) => `Import af ${file}`,
  import: 'Importen',
  undone: 'Importen er fortrudt. Værdierne er sat tilbage til, hvad de var før.',
  undoneAndForgot: (labels: string[]) =>
    `Importen er fortrudt. Værdierne er sat tilbage til, hvad de var før, og tilknytningen af ${labels.map((l) => `„${l}“`).join(', ')} er glemt.`,
  chooseForget: 'Vælg, om tilknytningerne skal glemmes, eller om de skal huskes til næste fil.',
};

const CHANGES_SHOWN = 500;

export async function history(req: Request, res: Response) {
  const { group, role } = groupContext(res);
  res.render('imports/history', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    imports: (await listImports(services(req).db, group.id)).map(importRecordView),
    historyBase: importHistoryHref(group.id),
    importHref: role === 'editor' ? importHref(group.id) : undefined,
  });
}

async function renderImport(req: Request, res: Response, errors?: FieldError[]) {
  const { db } = services(req);
  const { group, role } = groupContext(res);
  const id = idParam(req, 'importId', messages.import);
  const record = found(await findImport(db, group.id, id), messages.import);
  const [changes, active, archived, taught] = await Promise.all([
    listImportChanges(db, record.id, CHANGES_SHOWN),
    listIndicators(db, group.id, { archived: false, importTargets: true }),
    listIndicators(db, group.id, { archived: true, importTargets: true }),
    listMappingsTaughtBy(db, group.id, record.id),
  ]);
  res.status(errors ? 400 : 200).render('imports/result', {
    title: messages.importOf(record.fileName),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb, href: importHistoryHref(group.id) }, { label: record.fileName }),
    record: importRecordView(record),
    changes: importChangeRows(changes, [...active, ...archived]),
    moreChanges: Math.max(0, record.newCount + record.changedCount - changes.length),
    canUndo: role === 'editor' && !record.undoneAt,
    taught: taught.map((m) => ({ label: m.label, target: m.skip ? 'springes over' : `„${m.indicatorName ?? ''}“` })),
    values: req.body ?? {},
    undoAction: `${importHistoryHref(group.id)}/${record.id}/fortryd`,
    ...formErrors(errors),
  });
}

export const showImport = (req: Request, res: Response) => renderImport(req, res);

/** Undoing an import that taught mappings asks whether to forget them too; there is no default. */
export async function undo(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const id = idParam(req, 'importId', messages.import);
  const choice = req.body.forgetMappings;
  const taught = await listMappingsTaughtBy(db, group.id, id);
  if (taught.length && choice !== 'ja' && choice !== 'nej') return renderImport(req, res, [{ field: 'forgetMappings', message: messages.chooseForget }]);
  const result = await attempt(() => undoImport(db, actorOf(res), id, { forgetMappings: choice === 'ja' }));
  if (!result.ok) return renderImport(req, res, result.errors);
  setFlash(req, result.value.length ? messages.undoneAndForgot(result.value) : messages.undone);
  res.redirect(`${importHistoryHref(group.id)}/${id}`);
}
