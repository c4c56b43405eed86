// The domains write their SQL once, with SQLite's `?` placeholders; PostgreSQL numbers its own ($1, $2, …). Numbered
// here, as is the statement that inserts many rows at once for runMany (store.ts).

/**
 * What may hold a `?` that is not a placeholder: a string literal ('it''s?'), a quoted identifier ("what?") or a
 * comment; and the placeholder itself. Standard strings only: the domains' SQL has no E'…' or $$…$$ strings, and uses
 * none of PostgreSQL's `?` operators (jsonb).
 */
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?/g;

/** The same statements run thousands of times (an import, the audit log): each is translated once. */
const translated = new Map<string, string>();

/** `sql` with each `?` placeholder numbered as PostgreSQL's $1, $2, … in order. */
export function numbered(sql: string): string {
  let text = translated.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(TOKENS, (token) => (token === '?' ? `$${++n}` : token));
    translated.set(sql, text);
  }
  return text;
}

/**
 * An INSERT … VALUES (…) whose row is placeholders and plain values only, with nothing after the row but, maybe, an
 * ON CONFLICT clause (an upsert).
 */
const PLAIN_INSERT = /^(\s*INSERT\s+INTO\s[\s\S]*?\bVALUES\s*)\(([^()'"]*)\)(\s+ON\s+CONFLICT\b[\s\S]*)?$/i;

/** The most rows in one statement: beyond a few hundred a statement is no faster (store.ts: runMany). */
const ROWS_PER_STATEMENT = 500;
/** PostgreSQL's limit on one statement's parameters. */
const MAX_PARAMS = 65_535;

export interface MultiRowInsert {
  rowsPerStatement: number;
  /** It has an ON CONFLICT clause: rows of one statement that meet each other make PostgreSQL refuse it (store.ts). */
  upsert: boolean;
  /** The statement for `rows` rows, numbered. */
  text(rows: number): string;
}

const multiRow = new Map<string, MultiRowInsert | null>();

/**
 * The statement that inserts many rows of `sql` at once, or null when `sql` is not an INSERT … VALUES (…) of that
 * shape, or its ON CONFLICT clause takes parameters of its own.
 */
export function multiRowInsert(sql: string): MultiRowInsert | null {
  let insert = multiRow.get(sql);
  if (insert === undefined) {
    const match = PLAIN_INSERT.exec(sql);
    const tail = match?.[3] ?? '';
    insert = match && !numbered(tail).includes('$') ? rowsOf(match[1]!, match[2]!.split('?'), tail) : null;
    multiRow.set(sql, insert);
  }
  return insert;
}

/** `parts`: the row's text around its placeholders; `tail`: what follows the row (an ON CONFLICT clause, or nothing). */
function rowsOf(head: string, parts: readonly string[], tail: string): MultiRowInsert {
  const perRow = parts.length - 1;
  return {
    rowsPerStatement: Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS / Math.max(perRow, 1))),
    upsert: tail.trim() !== '',
    text(rows) {
      const tuples: string[] = [];
      for (let r = 0; r < rows; r++) tuples.push(`(${parts.reduce((text, part, i) => `${text}$${r * perRow + i}${part}`)})`);
      return `${head}${tuples.join(', ')}${tail}`;
    },
  };
}
