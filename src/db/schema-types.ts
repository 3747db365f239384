/** ISO-8601 timestamps as text keep SQLite and PostgreSQL behaviour identical. */
export type Timestamp = string;
