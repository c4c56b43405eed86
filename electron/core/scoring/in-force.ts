// The methodology in force: the newest saved version, or the shipped default (methodology.ts: DEFAULT_METHODOLOGY, version 2). Read where it is used (a score, or a
// finding's severity inside the transaction of the answer that opens it).
import type { Sql } from '../db/store';
import { DEFAULT_METHODOLOGY, type Methodology } from './methodology';

export async function methodologyInForce(sql: Sql): Promise<Methodology> {
  const row = await sql.get<{ data: string }>('SELECT data FROM methodology_versions ORDER BY version DESC LIMIT 1');
  return row ? (JSON.parse(row.data) as Methodology) : DEFAULT_METHODOLOGY;
}
