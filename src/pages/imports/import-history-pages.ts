import type { Request, Response } from 'express';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { undoImport } from '../../imports/import-service.js';
import { findImport, listImportChanges, listImports } from '../../imports/import-queries.js';
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
  const [changes, active, archived] = await Promise.all([
    listImportChanges(db, record.id, CHANGES_SHOWN),
    listIndicators(db, group.id, { archived: false, importTargets: true }),
    listIndicators(db, group.id, { archived: true, importTargets: true }),
  ]);
  res.status(errors ? 400 : 200).render('imports/result', {
    title: messages.importOf(record.fileName),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb, href: importHistoryHref(group.id) }, { label: record.fileName }),
    record: importRecordView(record),
    changes: importChangeRows(changes, [...active, ...archived]),
    moreChanges: Math.max(0, record.newCount + record.changedCount - changes.length),
    canUndo: role === 'editor' && !record.undoneAt,
    undoAction: `${importHistoryHref(group.id)}/${record.id}/fortryd`,
    ...formErrors(errors),
  });
}

export const showImport = (req: Request, res: Response) => renderImport(req, res);

export async function undo(req: Request, res: Response) {
  const { group } = groupContext(res);
  const id = idParam(req, 'importId', messages.import);
  const result = await attempt(() => undoImport(services(req).db, actorOf(res), id));
  if (!result.ok) return renderImport(req, res, result.errors);
  setFlash(req, messages.undone);
  res.redirect(`${importHistoryHref(group.id)}/${id}`);
}
