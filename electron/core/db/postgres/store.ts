// The store over PostgreSQL (the team workspace): the same Store as SQLite's (../store.ts), over a pg pool. Reads are
// pooled statements on committed data; a transaction holds one client of the pool from BEGIN to COMMIT, and rows come
// back shaped as better-sqlite3 gives them, so domain code does not change with the engine.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { type Param, type Sql, type Store, type TransactionOptions, transactionEnded } from '../store';
import { WriteQueue } from '../write-queue';
import { migratePostgres, postgresSchemaVersion, readablePostgresVersion } from './migrate';
import { multiRowInsert, numbered } from './placeholders';
import { unreachable } from './unreachable';

/**
 * Held by every write transaction until it ends: writes are serialised across all the apps on one workspace, as the
 * write queue serialises them inside one. Work that reads then writes relies on it (the audit log reads the chain's
 * head, then appends after it). Any fixed key other than the migrations' (migrate.ts).
 */
const WRITE_LOCK = 5_161_723_044;
/** Held by a transaction that writes screening rows, from its start (transaction(): the order of the locks). */
const SCREENING_LOCK = 5_161_723_045;

const lock = (key: number) => `SELECT pg_advisory_xact_lock(${key})`;
// READ COMMITTED whatever the server's default: each statement then sees what the previous holder of the lock
// committed; a REPEATABLE READ snapshot would be taken at the lock's SELECT, before the lock was granted.
const BEGIN = 'BEGIN ISOLATION LEVEL READ COMMITTED';
const BEGIN_WRITE = `${BEGIN}; ${lock(WRITE_LOCK)}`;
const BEGIN_SCREENING = `${BEGIN}; ${lock(SCREENING_LOCK)}`;
const BEGIN_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Values as better-sqlite3 gives them: pg answers 64-bit integers (bigint columns, count()) and numerics (sum() of
 * bigints) as text, and comparisons as booleans; SQLite gives numbers for all of them. The rest keep pg's parsers
 * (text, double precision, bytea as a Buffer). Given to this store's clients only: pg's global parsers stay as they
 * are for anything else in the process.
 */
const toNumber = (text: string) => Number(text);
const OWN_PARSERS = new Map<number, (text: string) => unknown>([
  [pg.types.builtins.INT8, toNumber],
  [pg.types.builtins.NUMERIC, toNumber],
  [pg.types.builtins.BOOL, (text) => (text === 't' ? 1 : 0)],
]);
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) => (format !== 'binary' && OWN_PARSERS.get(oid)) || pg.types.getTypeParser(oid, format),
};

/** Where the workspace is: a connection string (postgresql://user@host/db) or pg's connection settings. */
export type PostgresConfig = string | pg.PoolConfig;

export class PostgresStore implements Store {
  readonly read: Sql;
  /** HOST:PORT, named when it cannot be reached. */
  readonly server: string;
  private readonly pool: pg.Pool;
  /** The server processes of this store's connections: a notification one of them sent is this app's own. */
  private readonly backends = new Set<number>();

  /** `writes`: the core's write queue, which every transaction joins (as the SQLite store's do). */
  constructor(
    config: PostgresConfig,
    private readonly writes = new WriteQueue(),
  ) {
    const settings = typeof config === 'string' ? { connectionString: config } : config;
    this.server = serverOf(settings);
    this.pool = new pg.Pool({ ...settings, types: TYPES });
    // An idle client whose connection drops is removed by the pool, which then emits 'error': unheard, that would end
    // the process. The next statement connects again.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => this.backends.add(backendOf(client)));
    this.pool.on('remove', (client) => this.backends.delete(backendOf(client)));
    this.read = postgresSql((text, params) => this.pool.query(text, params).catch((err: unknown) => Promise.reject(unreachable(err, this.server))));
  }

  /** Whether the server process `pid` serves one of this store's connections. */
  ownsBackend(pid: number): boolean {
    return this.backends.has(pid);
  }

  /** Brings the workspace's schema up to date (migrate.ts); gives its version. */
  migrate(): Promise<number> {
    return this.onConnection(migratePostgres);
  }

  /** The workspace's schema version as it is, changing nothing (0: no Vetter workspace there). */
  schemaVersion(): Promise<number> {
    return this.onConnection(postgresSchemaVersion);
  }

  /** The schema version of a workspace opened for reading only: this Vetter's own, or refused (migrate.ts). */
  readableVersion(): Promise<number> {
    return this.onConnection(readablePostgresVersion);
  }

  private async onConnection<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((err: unknown) => Promise.reject(unreachable(err, this.server)));
    try {
      return await work(client);
    } catch (err) {
      throw unreachable(err, this.server);
    } finally {
      client.release();
    }
  }

  /** Ends every connection, each once the work under way on it has ended. */
  close(): Promise<void> {
    return this.pool.end();
  }

  // One at a time in this app (the queue: one waiting on the lock would hold a client of the pool that reads need) and
  // across apps (the lock). A bulk write needs no tuning here: the server's cache is its own.
  //
  // Locks are taken in one order, so that no two transactions wait on each other: the screening lock (screening
  // writers only), this app's write queue, then the write lock. A screeningTransaction writes screening rows holding
  // the first alone; any other writer of those rows waits for it at that lock, holding nothing, and the other writes
  // touch none of its rows (a vendor's update does not wait on the key-share lock a hit's foreign key holds on it), so
  // the holder of the write lock never waits on the re-screen, which then waits for the write lock in its turn.
  transaction<T>(work: (tx: Sql) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (options.screening) {
      return this.screeningTransaction(async (tx, serialise) => {
        await serialise();
        return work(tx);
      });
    }
    return this.writes.run(() => this.onClient(BEGIN_WRITE, work));
  }

  screeningTransaction<T>(work: (tx: Sql, serialise: () => Promise<void>) => Promise<T>): Promise<T> {
    let release = (): void => undefined;
    const serialise = (send: Send) => async () => {
      release = await this.writes.hold();
      await send(lock(WRITE_LOCK));
    };
    return this.onClient(BEGIN_SCREENING, (tx, send) => work(tx, serialise(send)), () => release());
  }

  snapshot<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return this.onClient(BEGIN_SNAPSHOT, work);
  }

  /**
   * Runs `work` in a transaction begun by `begin` on a client of its own, committed when it resolves; `ended` once it
   * has committed or rolled back. `work` may `send` statements of its own (a lock).
   */
  private async onClient<T>(begin: string, work: (sql: Sql, send: Send) => Promise<T>, ended = (): void => undefined): Promise<T> {
    const client = await this.pool.connect().catch((err: unknown) => Promise.reject(unreachable(err, this.server)));
    // A checked-out client that loses its connection emits 'error': unheard, that would end the process. The
    // statement under way fails with it all the same.
    const lost = (): void => undefined;
    client.on('error', lost);
    const send = inTurn(client);
    let open = true;
    let broken: Error | undefined;
    try {
      await send(begin);
      let result: T;
      try {
        result = await work(postgresSql(send, () => open, true), send);
      } finally {
        // Statements issued from now on are refused; those issued before run ahead of COMMIT, in their turn.
        open = false;
      }
      await send('COMMIT');
      return result;
    } catch (err) {
      // A ROLLBACK that fails (a lost connection) must not hide the error that says what went wrong; the client is
      // then closed rather than handed back to the pool.
      await send('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
      throw unreachable(err, this.server);
    } finally {
      client.off('error', lost);
      client.release(broken);
      ended();
    }
  }
}

type Send = (text: string, params?: Param[]) => Promise<pg.QueryResult>;

/** PostgreSQL's code for an upsert whose rows meet each other. */
const CARDINALITY_VIOLATION = '21000';

/** HOST:PORT of a connection's settings, as libpq's defaults fill them. */
function serverOf(settings: pg.PoolConfig): string {
  if (settings.connectionString) {
    const url = new URL(settings.connectionString);
    return `${url.hostname || 'localhost'}:${url.port || 5432}`;
  }
  return `${settings.host ?? 'localhost'}:${settings.port ?? 5432}`;
}

/** The server process a connected client talks to (pg keeps it, undeclared, from the server's BackendKeyData). */
const backendOf = (client: pg.PoolClient): number => (client as unknown as { processID: number }).processID;

/**
 * One client's statements one at a time, in the order issued: work may issue several together (Promise.all), and pg
 * deprecates sending a query while another is under way (pg 9 refuses it).
 */
function inTurn(client: pg.PoolClient): Send {
  const turns = new WriteQueue();
  return (text, params) => turns.run(() => client.query(preparedOnce(client, text, params)));
}

/**
 * A statement of this many parameters or more (a batch of rows: 500 vendors, audit events or score snapshots) is
 * prepared by name on its connection when it comes a second time: PostgreSQL then parses and plans it once rather than
 * at every batch, and a VALUES list of 500 rows costs about as much to plan as to insert (500 score snapshots at a
 * time were kept in about half the time prepared, measured side by side).
 */
const PREPARED_FROM_PARAMS = 1_000;
/** Named statements a connection holds at most (each a plan in its server process); the rest go unnamed. */
const PREPARED_PER_CONNECTION = 32;
/** Statements of many parameters a connection remembers having sent once, before it forgets them all. */
const SEEN_PER_CONNECTION = 256;

const preparedOn = new WeakMap<pg.PoolClient, { seen: Set<string>; named: Set<string> }>();

/** The query to send: by name once it has come before (PREPARED_FROM_PARAMS), else as it is. */
function preparedOnce(client: pg.PoolClient, text: string, values: Param[] | undefined): pg.QueryConfig {
  if (!values || values.length < PREPARED_FROM_PARAMS) return { text, values };
  let sent = preparedOn.get(client);
  if (!sent) preparedOn.set(client, (sent = { seen: new Set(), named: new Set() }));
  const name = `vetter_${createHash('sha1').update(text).digest('hex')}`;
  if (sent.named.has(name) || (sent.seen.has(name) && sent.named.size < PREPARED_PER_CONNECTION)) {
    sent.named.add(name);
    return { name, text, values };
  }
  if (sent.seen.size >= SEEN_PER_CONNECTION) sent.seen.clear();
  sent.seen.add(name);
  return { text, values };
}

// runMany, measured: 100,000 vendors (20 columns) in one transaction, to a server on the same machine (2 busy cores).
// A statement per row took 94-108 s (prepared once by name, or not; sent without waiting for each answer, 142 s);
// rows of 500 per statement 4.8 s (100: 6.4 s; 1,000: 5.0 s; 3,000: 5.3 s), and 5.6 s through this store. So an
// INSERT … VALUES (…) goes in statements of many rows (placeholders.ts: multiRowInsert), an upsert's too inside a
// transaction: each under a savepoint, since PostgreSQL refuses a statement whose rows meet each other ("cannot affect
// row a second time"), and that statement's rows then run once each, in order, as SQLite runs them. Any other statement
// runs once per row.

/**
 * SQL through the pool (each statement on whichever client is free) or a client's `send`; `usable`: whether it still
 * may run; `inTransaction`: a transaction's, where a savepoint can take back one statement.
 */
function postgresSql(send: Send, usable: () => boolean = () => true, inTransaction = false): Sql {
  const run = async (text: string, params: readonly Param[]) => {
    if (!usable()) throw transactionEnded();
    return send(text, params as Param[]);
  };
  const query = (sql: string, params: readonly Param[]) => run(numbered(sql), params);
  return {
    all: async <T>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: readonly Param[] = []) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    runMany: async (sql: string, rows: readonly (readonly Param[])[]) => {
      const insert = multiRowInsert(sql);
      const oneByOne = async (some: readonly (readonly Param[])[]) => {
        let changes = 0;
        for (const row of some) changes += (await query(sql, row)).rowCount ?? 0;
        return changes;
      };
      if (!insert || (insert.upsert && !inTransaction)) return oneByOne(rows);
      let changes = 0;
      for (let i = 0; i < rows.length; i += insert.rowsPerStatement) {
        const batch = rows.slice(i, i + insert.rowsPerStatement);
        const statement = () => run(insert.text(batch.length), batch.flat());
        if (!insert.upsert) {
          changes += (await statement()).rowCount ?? 0;
          continue;
        }
        await run('SAVEPOINT vetter_rows', []);
        try {
          changes += (await statement()).rowCount ?? 0;
          await run('RELEASE SAVEPOINT vetter_rows', []);
        } catch (err) {
          if ((err as { code?: string }).code !== CARDINALITY_VIOLATION) throw err;
          await run('ROLLBACK TO SAVEPOINT vetter_rows', []);
          changes += await oneByOne(batch);
        }
      }
      return changes;
    },
  };
}

/**
 * Connects to a workspace and brings its schema up to date (a workspace of a newer Vetter is refused unchanged).
 * `writes`: the core's write queue, when the store joins a core. close() the store when done.
 */
export async function openPostgresStore(config: PostgresConfig, writes?: WriteQueue): Promise<PostgresStore> {
  const store = new PostgresStore(config, writes);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
