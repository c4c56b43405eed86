// The store over SQLite (better-sqlite3): reads on the read-only connection, transactions on the writing one. The
// driver is synchronous, so a transaction that awaits between statements holds the write queue until it ends: no
// other write can slip into it, and reads, on their own connection, see only what it committed. (No
// AsyncLocalStorage to find an enclosing transaction: in Node 22 it makes every promise of the process about three
// times slower. Work inside a transaction uses the `tx` it is given.)
import { type Db, stmt } from './open';
import { type Param, type Sql, type Store, type TransactionOptions, transactionEnded } from './store';
import type { WriteQueue } from './write-queue';

export class SqliteStore implements Store {
  readonly read: Sql;

  constructor(
    private readonly db: Db,
    reader: Db,
    private readonly writes: WriteQueue,
  ) {
    this.read = sqliteSql(reader);
  }

  transaction<T>(work: (tx: Sql) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.writes.run(async () => {
      let open = true;
      const tx = sqliteSql(this.db, () => open);
      // A bulk write touches index pages all over the file: a larger page cache for its one transaction keeps them in
      // memory (a 100,000-vendor import writes a third faster), and the usual size comes back after it.
      const cacheSize = options.bulk ? (this.db.pragma('cache_size', { simple: true }) as number) : null;
      try {
        if (cacheSize !== null) this.db.pragma(`cache_size = ${-BULK_CACHE_KB}`);
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(tx);
          this.db.exec('COMMIT');
          return result;
        } catch (err) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw err;
        }
      } finally {
        open = false;
        if (cacheSize !== null) this.db.pragma(`cache_size = ${cacheSize}`);
      }
    });
  }

  /** One writer: the transaction is serialised from its start. */
  screeningTransaction<T>(work: (tx: Sql, serialise: () => Promise<void>) => Promise<T>): Promise<T> {
    return this.transaction((tx) => work(tx, async () => undefined));
  }

  /** Statements issued together run in one go on the synchronous driver: no write commits between them. */
  snapshot<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return work(this.read);
  }
}

/** The page cache of a bulk transaction, in KB. */
const BULK_CACHE_KB = 64 * 1024;

/** SQL on one connection (the store's sides; tests reading a database file); `usable` says whether it still may run. */
export function sqliteSql(db: Db, usable: () => boolean = () => true): Sql {
  const statement = (sql: string) => {
    if (!usable()) throw transactionEnded();
    return stmt(db, sql);
  };
  return {
    all: async <T>(sql: string, params: readonly Param[] = []) => statement(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) => statement(sql).get(...params) as T | undefined,
    run: async (sql: string, params: readonly Param[] = []) => ({ changes: statement(sql).run(...params).changes }),
    runMany: async (sql: string, rows: readonly (readonly Param[])[]) => {
      const s = statement(sql);
      let changes = 0;
      for (const row of rows) changes += s.run(...row).changes;
      return changes;
    },
  };
}
