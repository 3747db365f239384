import { Router, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import { attempt, fieldErrorMap, NotFoundError, type FieldError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { verifyCsrf } from '../web/csrf.js';
import { setFlash } from '../web/flash.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { analyseImport, commitImport, ImportRefusedError, sha256, undoImport } from './import-service.js';
import { deleteUpload, getImport, getUpload, insertUpload, listImportChanges, listImports } from './import-queries.js';
import { delimiterName, parseImportSettings, type ImportSettings } from './import-settings.js';
import { parseMappingForm, saveMappings } from './import-mapping.js';
import { refusalBeforeStoring } from './read-file.js';
import { delimiterOptions, importChangeRows, importRecordView, layoutOptions, numberStyleOptions, previewView } from './import-view.js';

const messages = {
  noFile: 'Vælg en CSV-fil at importere.',
  emptyFile: 'Den valgte fil er tom.',
};

function settingsQuery(settings: ImportSettings): string {
  const params = new URLSearchParams(Object.entries(settingsFields(settings)));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The overrides as form or query fields, in the words `parseImportSettings` reads back. */
function settingsFields(settings: ImportSettings): Record<string, string> {
  const out: Record<string, string> = {};
  if (settings.delimiter) out.delimiter = delimiterName(settings.delimiter);
  if (settings.layout) out.layout = settings.layout;
  if (settings.numberStyle) out.numberStyle = settings.numberStyle;
  return out;
}

export function importRoutes(db: Db, config: Config): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');
  const editor = requireGroup(db, 'editor');
  // Memory storage: no temporary file exists to be left behind, and the size limit stops large uploads early.
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 20 },
    defParamCharset: 'utf8',
  }).single('file') as RequestHandler;

  const crumbs = (res: Response, ...rest: { label: string; href?: string }[]) => {
    const { group } = groupContext(res);
    return [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, ...rest];
  };
  const importBase = (res: Response) => `/grupper/${groupContext(res).group.id}/import`;
  const historyBase = (res: Response) => `/grupper/${groupContext(res).group.id}/importer`;

  const renderUploadPage = async (res: Response, errors?: FieldError[]) => {
    const { group } = groupContext(res);
    const imports = (await listImports(db, group.id)).slice(0, 5).map(importRecordView);
    res.status(errors ? 400 : 200).render('imports/upload', {
      title: `Importér data – ${group.name}`,
      breadcrumbs: crumbs(res, { label: 'Importér data' }),
      action: importBase(res),
      historyHref: historyBase(res),
      imports,
      limitMb: Math.round(config.uploadLimitBytes / 1024 / 1024),
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const uploadOf = async (req: Request, res: Response) => {
    const id = parseId(req.params.uploadId);
    if (id === undefined) throw new NotFoundError('Filen');
    const { group, user } = groupContext(res);
    return getUpload(db, group.id, user.id, id);
  };

  const showUpload = (_req: Request, res: Response) => renderUploadPage(res);

  const receive = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const file = req.file;
    if (!file) return renderUploadPage(res, [{ field: 'file', message: messages.noFile }]);
    if (file.size === 0) return renderUploadPage(res, [{ field: 'file', message: messages.emptyFile }]);
    const content = file.buffer;
    const refused = refusalBeforeStoring(content, file.originalname);
    if (refused) return renderUploadPage(res, [{ field: 'file', message: refused.message }]);
    const id = await insertUpload(db, { groupId: group.id, userId: user.id, fileName: file.originalname, sha256: sha256(content), sizeBytes: content.length, content });
    res.redirect(`${importBase(res)}/${id}`);
  };

  const renderPreview = async (req: Request, res: Response, settings: ImportSettings, errors?: FieldError[]) => {
    const stored = await uploadOf(req, res);
    const analysis = await analyseImport(db, groupContext(res).group.id, stored.content, settings);
    const view = previewView(analysis, settings);
    const base = `${importBase(res)}/${stored.id}`;
    res.status(errors ? 400 : 200).render('imports/preview', {
      title: `Gennemse ${stored.fileName}`,
      breadcrumbs: crumbs(res, { label: 'Importér data', href: importBase(res) }, { label: stored.fileName }),
      upload: { ...stored, sizeKb: Math.max(1, Math.round(stored.sizeBytes / 1024)) },
      base,
      settingsQuery: settingsQuery(settings),
      hiddenSettings: Object.entries(settingsFields(settings)).map(([name, value]) => ({ name, value })),
      ...view,
      layoutOptions,
      delimiterOptions,
      numberStyleOptions,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const preview = (req: Request, res: Response) => renderPreview(req, res, parseImportSettings(req.query));

  const map = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const stored = await uploadOf(req, res);
    const settings = parseImportSettings(req.body);
    const parsed = await attempt(async () => parseMappingForm(req.body));
    if (!parsed.ok) return renderPreview(req, res, settings, parsed.errors);
    const saved = await attempt(() => saveMappings(db, { userId: user.id, groupId: group.id }, parsed.value));
    if (!saved.ok) return renderPreview(req, res, settings, saved.errors);
    const back = `${importBase(res)}/${stored.id}${settingsQuery(settings)}`;
    const toCreate = parsed.value.find((c) => c.target === 'create');
    if (toCreate) {
      const analysis = await analyseImport(db, group.id, stored.content, settings);
      const unit = analysis.plan?.unmatched.find((u) => u.label === toCreate.label)?.unit ?? '';
      const query = new URLSearchParams({ navn: toCreate.label, enhed: unit, tilbage: `${importBase(res)}/${stored.id}` });
      return res.redirect(`/grupper/${group.id}/indikatorer/ny?${query.toString()}`);
    }
    setFlash(req, 'Tilknytningen er gemt og bruges også ved næste import.');
    res.redirect(back);
  };

  const commit = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const stored = await uploadOf(req, res);
    const settings = parseImportSettings(req.body);
    const skipErrors = req.body.skipErrors === 'on' || req.body.skipErrors === 'true';
    try {
      const result = await commitImport(db, { userId: user.id, groupId: group.id }, { fileName: stored.fileName, bytes: stored.content, via: 'ui' }, { settings, skipErrors });
      await deleteUpload(db, stored.id);
      setFlash(req, `Importen er gennemført: ${result.counts.new} nye og ${result.counts.changed} ændrede værdier.`);
      res.redirect(`${historyBase(res)}/${result.importId}`);
    } catch (err) {
      if (err instanceof ImportRefusedError) return renderPreview(req, res, settings, [{ field: 'import', message: err.message }]);
      throw err;
    }
  };

  const cancel = async (req: Request, res: Response) => {
    const stored = await uploadOf(req, res);
    await deleteUpload(db, stored.id);
    setFlash(req, 'Filen er kasseret. Intet er importeret.', 'info');
    res.redirect(importBase(res));
  };

  const history = async (_req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    res.render('imports/history', {
      title: `Importer – ${group.name}`,
      breadcrumbs: crumbs(res, { label: 'Importer' }),
      imports: (await listImports(db, group.id)).map(importRecordView),
      historyBase: historyBase(res),
      importHref: role === 'editor' ? importBase(res) : undefined,
    });
  };

  const renderImport = async (req: Request, res: Response, errors?: FieldError[]) => {
    const { group, role } = groupContext(res);
    const id = parseId(req.params.importId);
    if (id === undefined) throw new NotFoundError('Importen');
    const record = await getImport(db, group.id, id);
    const [changes, active, archived] = await Promise.all([
      listImportChanges(db, record.id, 500),
      listIndicators(db, group.id, { archived: false }),
      listIndicators(db, group.id, { archived: true }),
    ]);
    res.status(errors ? 400 : 200).render('imports/result', {
      title: `Import af ${record.fileName}`,
      breadcrumbs: crumbs(res, { label: 'Importer', href: historyBase(res) }, { label: record.fileName }),
      record: importRecordView(record),
      changes: importChangeRows(changes, [...active, ...archived]),
      moreChanges: Math.max(0, record.newCount + record.changedCount - changes.length),
      canUndo: role === 'editor' && !record.undoneAt,
      undoAction: `${historyBase(res)}/${record.id}/fortryd`,
      errors,
      fieldErrors: errors && fieldErrorMap(errors),
    });
  };

  const showImport = (req: Request, res: Response) => renderImport(req, res);

  const undo = async (req: Request, res: Response) => {
    const { group, user } = groupContext(res);
    const id = parseId(req.params.importId);
    if (id === undefined) throw new NotFoundError('Importen');
    const result = await attempt(() => undoImport(db, { userId: user.id, groupId: group.id }, id));
    if (!result.ok) return renderImport(req, res, result.errors);
    setFlash(req, 'Importen er fortrudt. Værdierne er sat tilbage til, hvad de var før.');
    res.redirect(`${historyBase(res)}/${id}`);
  };

  router.get('/grupper/:groupId/import', editor, showUpload);
  router.post('/grupper/:groupId/import', editor, upload, verifyCsrf, receive);
  router.get('/grupper/:groupId/import/:uploadId', editor, preview);
  router.post('/grupper/:groupId/import/:uploadId/tilknyt', editor, map);
  router.post('/grupper/:groupId/import/:uploadId/importer', editor, commit);
  router.post('/grupper/:groupId/import/:uploadId/kasser', editor, cancel);
  router.get('/grupper/:groupId/importer', reader, history);
  router.get('/grupper/:groupId/importer/:importId', reader, showImport);
  router.post('/grupper/:groupId/importer/:importId/fortryd', editor, undo);
  return router;
}
