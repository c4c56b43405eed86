// A small imported text file (ownership, suppliers) from disk: its size checked before it is read, then read as UTF-8
// (its byte order mark left off, its line ends made "\n"); binary data and other encodings are refused whole.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { refuseFile } from './problems';

/** `what`: the kind of file asked for, in the refusals ("an ownership file"); `choose`: what to choose instead. */
export function readTextFile(filePath: string, name: string, maxBytes: number, what: string, choose: string): { text: string; sha256: string } {
  const size = fs.statSync(filePath).size;
  if (size > maxBytes) throw refuseFile(name, `the file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} Vetter reads from ${what}.`);
  const bytes = fs.readFileSync(filePath);
  if (bytes.subarray(0, 65_536).includes(0)) throw refuseFile(name, `this is not a text file: it holds binary data. ${choose}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuseFile(name, 'the file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and import it again.');
  }
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
