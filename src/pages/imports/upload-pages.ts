import { count, NOUNS } from '../../numbers/danish-nouns.js';
import type { Request, Response } from 'express';
import { analyseImport, commitImport, ImportRefusedError } from '../../imports/import-service.js';
import { listImports } from '../../imports/import-queries.js';
import { countPendingUploads, deleteUpload, findUpload, insertUpload } from '../../imports/upload-queries.js';
import { parseImportSettings, type ImportSettings } from '../../imports/import-settings.js';
import { readMappingForm, saveMappings, type MappingChoice } from '../../imports/import-mapping.js';
import { refusalBeforeStoringSource } from '../../imports/read-file.js';
import { SpooledFile } from '../../imports/spooled-file.js';
import { receivedFile } from '../../web/upload.js';
import { attempt, found, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext, idParam } from '../../web/guards.js';
import { formErrors } from '../../web/form-errors.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { importHistoryHref, importHref, settingsFields, settingsQuery } from './import-links.js';
import { delimiterOptions, importRecordView, layoutOptions, mappingRows, numberStyleOptions, previewView } from './import-view.js';
import { newFromLabelsHref } from '../indicators/indicator-links.js';

const messages = {
  title: (group: string) => `Importér data – ${group}`,
  crumb: 'Importér data',
  preview: (file: string) => `Gennemse ${file}`,
  upload: 'Filen',
  noFile: 'Vælg en CSV-fil at importere.',
  emptyFile: 'Den valgte fil er tom.',
  mappingSaved: 'Tilknytningen er gemt og bruges også ved næste import.',
  mappingSavedCreateNext: 'Tilknytningen er gemt. Opret nu de nye indikatorer fra filen.',
  imported: (added: number, changed: number) => `Importen er gennemført: ${count(added, NOUNS.newValue)} og ${count(changed, NOUNS.changedValue)}.`,
  discarded: 'Filen er kasseret. Intet er importeret.',
  tooManyPending: (max: number) =>
    `Gruppen har allerede ${max} filer, der venter på at blive importeret eller kasseret, og det er det højeste antal. ` +
    'Importér eller kassér en af dem først. Filer, som ingen importerer, slettes automatisk efter et døgn.',
};

async function renderUploadPage(req: Request, res: Response, errors?: FieldError[]) {
  const { db, config } = services(req);
  const { group } = groupContext(res);
  const imports = (await listImports(db, group.id)).slice(0, 5).map(importRecordView);
  res.status(errors ? 400 : 200).render('imports/upload', {
    title: messages.title(group.name),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb }),
    action: importHref(group.id),
    historyHref: importHistoryHref(group.id),
    imports,
    limitMb: Math.round(config.uploadLimitBytes / 1024 / 1024),
    ...formErrors(errors),
  });
}

/** The upload in the route, only ever the signed-in user's own within this group. */
async function uploadOf(req: Request, res: Response) {
  const id = idParam(req, 'uploadId', messages.upload);
  const { group, user } = groupContext(res);
  return found(await findUpload(services(req).db, group.id, user.id, id), messages.upload);
}

export const showUpload = (req: Request, res: Response) => renderUploadPage(req, res);

export async function receive(req: Request, res: Response) {
  const { group, user } = groupContext(res);
  const file = req.file;
  if (!file) return renderUploadPage(req, res, [{ field: 'file', message: messages.noFile }]);
  if (file.size === 0) return renderUploadPage(req, res, [{ field: 'file', message: messages.emptyFile }]);
  // The upload arrived in a temporary file; it is checked and stored from there, a megabyte at a time.
  const content = new SpooledFile(receivedFile(req)!.pieces);
  try {
    const refused = await refusalBeforeStoringSource(content, file.originalname);
    if (refused) return renderUploadPage(req, res, [{ field: 'file', message: refused.message }]);
    const { db, config } = services(req);
    if ((await countPendingUploads(db, group.id)) >= config.pendingUploadsPerGroup) {
      return renderUploadPage(req, res, [{ field: 'file', message: messages.tooManyPending(config.pendingUploadsPerGroup) }]);
    }
    const id = await insertUpload(db, { groupId: group.id, userId: user.id, fileName: file.originalname, sha256: content.sha256, sizeBytes: content.size, content: content.read() });
    res.redirect(`${importHref(group.id)}/${id}`);
  } finally {
    await content.dispose();
  }
}

async function renderPreview(req: Request, res: Response, settings: ImportSettings, errors?: FieldError[], choices?: MappingChoice[]) {
  const { group } = groupContext(res);
  const stored = await uploadOf(req, res);
  const analysis = await analyseImport(services(req).db, group.id, stored.content, settings);
  const form = formErrors(errors);
  const view = previewView(analysis, settings);
  res.status(errors ? 400 : 200).render('imports/preview', {
    title: messages.preview(stored.fileName),
    breadcrumbs: groupCrumbs(group, { label: messages.crumb, href: importHref(group.id) }, { label: stored.fileName }),
    upload: { ...stored, sizeKb: Math.max(1, Math.round(stored.sizeBytes / 1024)) },
    base: `${importHref(group.id)}/${stored.id}`,
    settingsQuery: settingsQuery(settings),
    hiddenSettings: Object.entries(settingsFields(settings)).map(([name, value]) => ({ name, value })),
    ...view,
    unmatched: 'unmatched' in view && view.unmatched ? mappingRows(view.unmatched, choices, form.fieldErrors) : [],
    layoutOptions,
    delimiterOptions,
    numberStyleOptions,
    ...form,
  });
}

export const preview = (req: Request, res: Response) => renderPreview(req, res, parseImportSettings(req.query));

/**
 * Saves the mapping choices. Nothing is saved while any row is left unchosen, and the rows keep what
 * was chosen. Rows to create as new indicators go to the indicator form one after another; each
 * indicator is linked to its label whatever it ends up being called.
 */
export async function map(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const stored = await uploadOf(req, res);
  const settings = parseImportSettings(req.body);
  const form = readMappingForm(req.body);
  if (form.errors.length) return renderPreview(req, res, settings, form.errors, form.choices);
  const saved = await attempt(() => saveMappings(db, actorOf(res), form.choices, stored.id));
  if (!saved.ok) return renderPreview(req, res, settings, saved.errors, form.choices);
  const uploadHref = `${importHref(group.id)}/${stored.id}`;
  const toCreate = form.choices.filter((c) => c.target === 'create');
  if (toCreate.length) {
    const analysis = await analyseImport(db, group.id, stored.content, settings);
    const unit = (label: string) => analysis.plan?.unmatched.find((u) => u.label === label)?.unit ?? '';
    if (toCreate.length < form.choices.length) setFlash(req, messages.mappingSavedCreateNext);
    return res.redirect(newFromLabelsHref(group.id, toCreate.map((c) => ({ label: c.label, unit: unit(c.label) })), uploadHref));
  }
  setFlash(req, messages.mappingSaved);
  res.redirect(`${uploadHref}${settingsQuery(settings)}`);
}

export async function commit(req: Request, res: Response) {
  const { db } = services(req);
  const { group } = groupContext(res);
  const stored = await uploadOf(req, res);
  const settings = parseImportSettings(req.body);
  const skipErrors = req.body.skipErrors === 'on' || req.body.skipErrors === 'true';
  const confirmRevisions = req.body.confirmRevisions === 'on' || req.body.confirmRevisions === 'true';
  try {
    const source = { fileName: stored.fileName, bytes: stored.content, via: 'ui' as const, uploadId: stored.id };
    const result = await commitImport(db, actorOf(res), source, { settings, skipErrors, confirmRevisions });
    await deleteUpload(db, stored.id);
    setFlash(req, messages.imported(result.counts.new, result.counts.changed));
    res.redirect(`${importHistoryHref(group.id)}/${result.importId}`);
  } catch (err) {
    if (!(err instanceof ImportRefusedError)) throw err;
    // The preview says these itself (a file that cannot be read, unknown names, nothing new); a
    // second copy in an error summary would only repeat it. Such a commit comes from a stale page.
    if (err.code === 'unreadable-file' || err.code === 'unmapped-indicators' || err.code === 'nothing-new') {
      return res.redirect(`${importHref(group.id)}/${stored.id}${settingsQuery(settings)}`);
    }
    const field = err.code === 'unconfirmed-revisions' ? 'confirmRevisions' : err.code === 'row-errors' ? 'skipErrors' : 'import';
    return renderPreview(req, res, settings, [{ field, message: err.message }]);
  }
}

export async function cancel(req: Request, res: Response) {
  const { group } = groupContext(res);
  const stored = await uploadOf(req, res);
  await deleteUpload(services(req).db, stored.id);
  setFlash(req, messages.discarded, 'info');
  res.redirect(importHref(group.id));
}
