import type { Compilable, CompiledQuery, Kysely } from 'kysely';

type Row<C extends string> = Record<C, unknown>;

interface Prepared {
  compiled: CompiledQuery;
  /** slots[k] is where the k-th value (row-major, in `columns` order) goes in the parameter list. */
  slots: Int32Array;
  identity: boolean;
}

/**
 * One Kysely-built multi-row statement run for many batches of rows. Building and compiling an
 * 8,000-value INSERT costs more than running it, so the statement is compiled once per batch size
 * and then executed with fresh parameters. The SQL still comes from Kysely for whichever dialect
 * `db` has (SQLite or PostgreSQL); nothing here is SQLite-only.
 *
 * The parameter order is learned rather than assumed: the statement is compiled from rows whose
 * values are distinct markers, and each marker's place in the compiled parameters is recorded. If
 * the builder adds parameters of its own or drops some, every batch is built the ordinary way.
 */
export class BatchStatement<C extends string, K extends string = never> {
  private readonly prepared = new Map<number, Prepared | null>();

  /**
   * `constants` name values that are the same for every row of a run (an import's id and time):
   * `build` places them once in the statement instead of once per row.
   */
  constructor(
    private readonly columns: readonly C[],
    private readonly build: (db: Kysely<any>, rows: Row<C>[], constants: Row<K>) => Compilable<unknown>,
    private readonly constants: readonly K[] = [],
  ) {}

  /** Runs the statement for `rowCount` rows whose values are `values`, row-major in `columns` order. */
  async run(db: Kysely<any>, values: readonly unknown[], rowCount: number, constants: readonly unknown[] = []): Promise<void> {
    const width = this.columns.length;
    if (values.length < rowCount * width) throw new Error('BatchStatement.run: fewer values than rows × columns');
    if (constants.length !== this.constants.length) throw new Error('BatchStatement.run: constants do not match');
    let prepared = this.prepared.get(rowCount);
    if (prepared === undefined) {
      prepared = this.prepare(db, rowCount);
      this.prepared.set(rowCount, prepared);
    }
    if (prepared === null) {
      await db.executeQuery(this.build(db, this.rows(values, rowCount), this.constantRow(constants)));
      return;
    }
    const size = rowCount * width;
    let parameters: readonly unknown[];
    if (prepared.identity && constants.length === 0) {
      parameters = values.length === size ? values : values.slice(0, size);
    } else {
      const out = new Array<unknown>(size + constants.length);
      for (let k = 0; k < size; k++) out[prepared.slots[k]!] = values[k];
      for (let k = 0; k < constants.length; k++) out[prepared.slots[size + k]!] = constants[k];
      parameters = out;
    }
    await db.executeQuery({ ...prepared.compiled, parameters });
  }

  private constantRow(constants: readonly unknown[]): Row<K> {
    const row = {} as Row<K>;
    this.constants.forEach((name, j) => (row[name] = constants[j]));
    return row;
  }

  private rows(values: readonly unknown[], rowCount: number): Row<C>[] {
    const width = this.columns.length;
    const rows: Row<C>[] = [];
    for (let r = 0; r < rowCount; r++) {
      const row = {} as Row<C>;
      this.columns.forEach((column, j) => (row[column] = values[r * width + j]));
      rows.push(row);
    }
    return rows;
  }

  private prepare(db: Kysely<any>, rowCount: number): Prepared | null {
    const width = this.columns.length;
    const markers = Array.from({ length: rowCount * width + this.constants.length }, (_, k) => k);
    const compiled = this.build(db, this.rows(markers, rowCount), this.constantRow(markers.slice(rowCount * width))).compile();
    if (compiled.parameters.length !== markers.length) return null;
    const slots = new Int32Array(markers.length).fill(-1);
    let identity = true;
    for (let p = 0; p < compiled.parameters.length; p++) {
      const marker = compiled.parameters[p];
      if (typeof marker !== 'number' || !Number.isInteger(marker) || marker < 0 || marker >= markers.length || slots[marker] !== -1) return null;
      slots[marker] = p;
      if (marker !== p) identity = false;
    }
    return { compiled, slots, identity };
  }
}
