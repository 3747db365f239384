import { existsSync, renameSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';

export interface BackupResult {
  pages: number;
  bytes: number;
}

// Pages per backup step after the first: all of them. SQLite restarts a backup whenever another
// connection writes between two steps, so a backup copied in small steps never ends while the app
// keeps importing; one big step copies a single committed state inside one read transaction, which
// in WAL mode does not hold up the app's writers.
const ALL_PAGES = 1_000_000_000;

/**
 * A consistent copy of a live SQLite database, made with SQLite's online backup API while the app
 * goes on writing. It is written beside the target, checked, and renamed into place only when
 * complete, so a half-made backup never looks like a finished one.
 */
export async function backupSqlite(sourcePath: string, targetPath: string): Promise<BackupResult> {
  if (!existsSync(sourcePath)) throw new Error(`Databasen ${sourcePath} findes ikke.`);
  const partial = `${targetPath}.ufaerdig`;
  rmSync(partial, { force: true });
  const source = new SqliteDatabase(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const { totalPages } = await source.backup(partial, { progress: () => ALL_PAGES });
    const check = new SqliteDatabase(partial, { readonly: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`Kopien er ikke hel: ${String(result)}`);
      const pageSize = Number(check.pragma('page_size', { simple: true }));
      renameSync(partial, targetPath);
      return { pages: totalPages, bytes: totalPages * pageSize };
    } finally {
      check.close();
    }
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
}
