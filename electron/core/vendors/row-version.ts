// Row versions of vendors (migration 19): a write based on a version that another write has replaced is refused, and
// told who changed the vendor and when, with the vendor as stored now for the form to show beside the user's own.
import { VetterError } from '../errors';
import { STORED_VENDOR, type Vendor } from './model';

/** The name a login is shown by (settings/settings.ts: Settings.nameOf); the login itself where nothing names it. */
export type LoginNames = (login: string) => Promise<string>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "14:32 on 6 Dec 2026", in the local time of the machine the core runs on: the user's own (or their server's). */
export function changedAt(iso: string): string {
  const d = new Date(iso);
  return `${two(d.getHours())}:${two(d.getMinutes())} on ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** "Alice Chen (alice)", or the login alone when nothing else names it. */
async function who(login: string | null, names: LoginNames): Promise<string> {
  if (login === null) return 'someone';
  const name = await names(login);
  return name === login ? login : `${name} (${login})`;
}

/** The refusal of an edit or a delete based on an older version of `stored`, which it carries (STORED_VENDOR). */
export async function changedMeanwhile(stored: Vendor, names: LoginNames): Promise<VetterError> {
  return new VetterError('conflict', `Changed by ${await who(stored.updatedBy, names)} at ${changedAt(stored.updatedAt)} while you were editing.`, {
    [STORED_VENDOR]: JSON.stringify(stored),
  });
}

/** The refusal of an edit of a vendor deleted meanwhile: who deleted it, and when. */
export async function deletedMeanwhile(deleted: Vendor, names: LoginNames): Promise<VetterError> {
  return new VetterError(
    'not_found',
    `Deleted by ${await who(deleted.updatedBy, names)} at ${changedAt(deleted.updatedAt)} while you were editing. Nothing was saved.`,
  );
}
