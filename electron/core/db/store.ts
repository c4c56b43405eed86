// How domains reach their data, whatever the engine: SQL with `?` placeholders run through promises, and writes in
// transactions that may span awaits. Two implementations take the same SQL, so domain code does not change with the
// engine: SQLite (sqlite-store.ts, the embedded default) and PostgreSQL (postgres/store.ts, the team workspace).
// Every domain reaches its data through it only.

export type Param = string | number | bigint | Buffer | null;

/**
 * The next number of a table's `seq` column (its order of insertion: migration 13), as a subquery of the INSERT or
 * UPDATE that sets it. Transactions run one at a time, so no two rows take the same number.
 */
export const nextSeq = (table: string): string => `(SELECT COALESCE(MAX(seq), 0) + 1 FROM ${table})`;

/** One way to run SQL: the store's reads, or a transaction's statements. */
export interface Sql {
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }>;
  /** One statement for many rows (a bulk import): the engine batches them; the changes of all are summed. */
  runMany(sql: string, rows: readonly (readonly Param[])[]): Promise<number>;
}

/** What a transaction may tell the engine about itself. */
export interface TransactionOptions {
  /**
   * It writes many rows (a bulk import): an engine may tune itself while it runs. SQLite gives the writing connection
   * a larger page cache for it, so that the index pages it touches all over the file stay in memory.
   */
  bulk?: boolean;
  /**
   * It writes screening rows (hits, when vendors were screened) or list versions a re-screen's rows refer to: it
   * waits for a screeningTransaction that writes them, which holds them without the write lock.
   */
  screening?: boolean;
}

export interface Store {
  /** Committed data only, never waiting behind a write (even one that spans event-loop turns). */
  readonly read: Sql;
  /**
   * Runs `work` as one transaction: every statement of `tx` commits together when it resolves, or none does when it
   * throws. Transactions run one at a time: work inside one passes its `tx` on (a transaction started there would
   * wait for the one it is in). `tx` refuses statements once its transaction has ended.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * A long transaction that others' writes may commit beside (a list import's re-screen of every vendor): until `work`
   * calls `serialise()` it writes screening rows only, which transactions with `screening` wait for; from then on it
   * runs as a transaction() does, one at a time, so what follows should be short. SQLite, one writer, serialises it
   * throughout.
   */
  screeningTransaction<T>(work: (tx: Sql, serialise: () => Promise<void>) => Promise<T>): Promise<T>;
  /**
   * Runs reads that must see one state of the data (several statements about one thing): issue them together, with
   * no await between them (Promise.all). PostgreSQL answers them from one snapshot (a read-only REPEATABLE READ
   * transaction); SQLite's driver runs statements issued together in one go, so no write commits between them, and
   * `sql` is plain `read`. Keep `sql` within `work`, as `tx`: PostgreSQL's refuses statements once the snapshot ended.
   */
  snapshot<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

/** What a transaction's (or snapshot's) statements throw once it has ended: the same on every engine. */
export const transactionEnded = (): Error => new Error('This transaction has ended: run its statements inside its work.');

const refuseWrites = (): Promise<never> => Promise.reject(new Error('This store only reads: writes are made by the core.'));

/**
 * A store that only reads (a worker thread's, on its own connections): the core makes every write. `snapshot`: the
 * engine's, where statements issued together need one (PostgreSQL); SQLite's driver runs them in one go anyway.
 */
export function readOnlyStore(read: Sql, snapshot: Store['snapshot'] = (work) => work(read)): Store {
  return {
    read,
    transaction: refuseWrites,
    screeningTransaction: refuseWrites,
    snapshot,
  };
}
