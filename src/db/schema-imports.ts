import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-types.js';

// Uploaded files, imports with their changes, and learned mappings. Tables as the database holds them; see schema.ts for the whole database.

export interface ImportUploadTable {
  id: Generated<number>;
  group_id: number;
  user_id: number;
  file_name: string;
  sha256: string;
  size_bytes: number;
  content: Uint8Array;
  created_at: Timestamp;
}

/** A part (up to a megabyte) of a file waiting in preview, in order by seq. */
export interface ImportUploadPartTable {
  upload_id: number;
  seq: number;
  bytes: Uint8Array;
}

export interface ImportTable {
  id: Generated<number>;
  group_id: number;
  user_id: number | null;
  source: 'ui' | 'api';
  file_name: string;
  sha256: string;
  size_bytes: number;
  settings: string;
  mapping: string;
  new_count: number;
  changed_count: number;
  unchanged_count: number;
  skipped_error_count: number;
  created_at: Timestamp;
  undone_at: Timestamp | null;
  undone_by: number | null;
}

export interface ImportChangeTable {
  import_id: number;
  indicator_id: number;
  period: string;
  old_value: number | null;
  old_comment: string | null;
  old_import_id: number | null;
  new_value: number;
  new_comment: string | null;
}

export interface ImportMappingTable {
  group_id: number;
  source_label: string;
  indicator_id: number | null;
  skip: number;
  updated_at: Timestamp;
  /** The label as the file wrote it; null for mappings from before it was kept. */
  label: ColumnType<string | null, string | null | undefined, string | null>;
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The upload in preview when the mapping was taught, until that upload is imported. */
  upload_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The import that taught it. */
  import_id: ColumnType<number | null, number | null | undefined, number | null>;
}
