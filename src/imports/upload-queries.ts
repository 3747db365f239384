import { reclaimFreeSpace, type Db } from '../db/connection.js';
import { nowIso } from '../shared/clock.js';

/** A file waiting in preview: stored so the user can map, check and import it, or discard it. */
export interface Upload {
  id: number;
  groupId: number;
  userId: number;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  content: Uint8Array;
  createdAt: string;
}

export async function insertUpload(db: Db, upload: Omit<Upload, 'id' | 'createdAt'>): Promise<number> {
  const row = await db
    .insertInto('import_uploads')
    .values({
      group_id: upload.groupId,
      user_id: upload.userId,
      file_name: upload.fileName,
      sha256: upload.sha256,
      size_bytes: upload.sizeBytes,
      content: upload.content,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Scoped by group and uploader: nobody else can preview or import someone's upload. */
export async function findUpload(db: Db, groupId: number, userId: number, id: number): Promise<Upload | undefined> {
  const row = await db
    .selectFrom('import_uploads')
    .selectAll()
    .where('id', '=', id)
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    groupId: row.group_id,
    userId: row.user_id,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    content: new Uint8Array(row.content),
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

/** Removes the file and gives its space back, so discarded uploads do not leave the database large. */
export async function deleteUpload(db: Db, id: number): Promise<void> {
  await db.deleteFrom('import_uploads').where('id', '=', id).execute();
  await reclaimFreeSpace(db);
}

export async function deleteUploadsOlderThan(db: Db, cutoff: Date): Promise<void> {
  await db.deleteFrom('import_uploads').where('created_at', '<', cutoff.toISOString()).execute();
  await reclaimFreeSpace(db);
}
