import { reclaimFreeSpace, type Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';
import type { ImportFile } from './spooled-file.js';

/** A file waiting in preview: stored so the user can map, check and import it, or discard it. */
export interface Upload {
  id: number;
  groupId: number;
  userId: number;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  /** The file, read from the database part by part. */
  content: ImportFile;
  createdAt: string;
}

export interface NewUpload {
  groupId: number;
  userId: number;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  /** The bytes, in memory or as they are read from a spooled upload. */
  content: Uint8Array | AsyncIterable<Uint8Array>;
}

const PART_BYTES = 1 << 20;

/** The bytes regrouped into parts of PART_BYTES (the last one shorter). */
async function* parts(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.length; at += PART_BYTES) yield content.subarray(at, at + PART_BYTES);
    return;
  }
  let held: Uint8Array[] = [];
  let length = 0;
  for await (const piece of content) {
    held.push(piece);
    length += piece.length;
    while (length >= PART_BYTES) {
      const all = Buffer.concat(held);
      yield all.subarray(0, PART_BYTES);
      held = [all.subarray(PART_BYTES)];
      length = all.length - PART_BYTES;
    }
  }
  if (length > 0) yield Buffer.concat(held);
}

/** Stores the file part by part, in one transaction: a megabyte is in memory at a time. */
export async function insertUpload(db: Db, upload: NewUpload): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('import_uploads')
      .values({
        group_id: upload.groupId,
        user_id: upload.userId,
        file_name: upload.fileName,
        sha256: upload.sha256,
        size_bytes: upload.sizeBytes,
        content: new Uint8Array(0),
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let seq = 0;
    for await (const bytes of parts(upload.content)) {
      await trx.insertInto('import_upload_parts').values({ upload_id: row.id, seq: seq++, bytes }).execute();
    }
    return row.id;
  });
}

/** The stored file as a source read part by part (an upload made before parts existed: its one content). */
function storedFile(db: Db, upload: { id: number; sizeBytes: number; sha256: string }): ImportFile {
  return {
    size: upload.sizeBytes,
    sha256: upload.sha256,
    async *read() {
      for (let seq = 0; ; seq++) {
        const part = await db.selectFrom('import_upload_parts').select('bytes').where('upload_id', '=', upload.id).where('seq', '=', seq).executeTakeFirst();
        if (!part) break;
        yield new Uint8Array(part.bytes);
      }
      const legacy = await db.selectFrom('import_uploads').select('content').where('id', '=', upload.id).executeTakeFirst();
      if (legacy && legacy.content.length > 0) yield new Uint8Array(legacy.content);
    },
    dispose: async () => undefined,
  };
}

/** Scoped by group and uploader: nobody else can preview or import someone's upload. */
export async function findUpload(db: Db, groupId: number, userId: number, id: number): Promise<Upload | undefined> {
  const row = await db
    .selectFrom('import_uploads')
    .select(['id', 'group_id', 'user_id', 'file_name', 'sha256', 'size_bytes', 'created_at'])
    .where('id', '=', id)
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const upload = { id: row.id, sizeBytes: row.size_bytes, sha256: row.sha256 };
  return {
    id: row.id,
    groupId: row.group_id,
    userId: row.user_id,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    content: storedFile(db, upload),
    createdAt: row.created_at,
  };
}

/** Files waiting in the group, whoever uploaded them. */
export async function countPendingUploads(db: Db, groupId: number): Promise<number> {
  const row = await db
    .selectFrom('import_uploads')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('group_id', '=', groupId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes the file (its parts go with it) and gives its space back, so discarded uploads do not leave the database large. */
export async function deleteUpload(db: Db, id: number): Promise<void> {
  await db.deleteFrom('import_uploads').where('id', '=', id).execute();
  await reclaimFreeSpace(db);
}

export async function deleteUploadsOlderThan(db: Db, cutoff: Date): Promise<void> {
  await db.deleteFrom('import_uploads').where('created_at', '<', cutoff.toISOString()).execute();
  await reclaimFreeSpace(db);
}
