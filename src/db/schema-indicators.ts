import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-types.js';

// Indicators and their values, reviews and fetched reference series. Tables as the database holds them; see schema.ts for the whole database.

export interface IndicatorTable {
  id: Generated<number>;
  group_id: number;
  code: string | null;
  name: string;
  definition: string;
  why_it_matters: string;
  unit: string;
  decimals: number;
  direction: 'up' | 'down' | 'range';
  range_min: number | null;
  range_max: number | null;
  frequency: 'quarter' | 'month' | 'year';
  data_source: string;
  delivered_by: string;
  /** The member accountable for the indicator (issue 11). */
  owner_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  // The organisation's data (issue 14): see src/db/migrations/2026-12-07-001-organisation-data.ts.
  series_of: Generated<number | null>;
  series_kind: Generated<'reference' | 'numerator' | 'denominator' | null>;
  series_label: Generated<string | null>;
  factor: Generated<number | null>;
  shared_at: Generated<Timestamp | null>;
  total_rule: Generated<'sum' | 'none' | null>;
  adopted_from: Generated<number | null>;
  definition_changed_at: Generated<Timestamp | null>;
}

export interface IndicatorReviewTable {
  id: Generated<number>;
  indicator_id: number;
  group_id: number;
  user_id: number | null;
  note: string;
  reviewed_at: Timestamp;
}

export type FetchStatus = 'ok' | 'nothing-new' | 'timeout' | 'http-error' | 'network' | 'not-csv' | 'format' | 'too-large';

export interface SeriesFetchTable {
  id: Generated<number>;
  series_id: number;
  group_id: number;
  url: string;
  row_label: string | null;
  interval_hours: Generated<number>;
  configured_by: number | null;
  created_at: Timestamp;
  next_due_at: Timestamp;
  last_attempt_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_status: FetchStatus | null;
  last_message: string | null;
}

export interface ObservationTable {
  id: Generated<number>;
  indicator_id: number;
  period: string;
  value: number;
  comment: string | null;
  import_id: number | null;
  updated_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
