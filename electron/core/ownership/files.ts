// An ownership file, from disk to parties and links: its size checked before it is read, its text checked (UTF-8,
// no binary), and its format told by its content, whatever its name: FollowTheMoney JSON lines start with "{", the
// plain CSV with its header row.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { readOwnershipCsv } from './csv';
import { readFtm } from './ftm';
import { OWNERSHIP_LIMITS, type OwnershipFile, type OwnershipLimits } from './records';
import { refuseFile } from './problems';

export interface ReadOwnershipFile extends OwnershipFile {
  sha256: string;
}

/** `limits`: Vetter's own, or smaller ones a test asks for. */
export function readOwnershipFile(filePath: string, name: string, limits: OwnershipLimits = OWNERSHIP_LIMITS): ReadOwnershipFile {
  const size = fs.statSync(filePath).size;
  if (size > limits.bytes) {
    throw refuseFile(name, `the file is ${megabytes(size)}, more than the ${megabytes(limits.bytes)} Vetter reads from one ownership file.`);
  }
  const bytes = fs.readFileSync(filePath);
  const text = decode(bytes, name);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const start = text.search(/\S/);
  if (start === -1) throw refuseFile(name, 'the file is empty.');
  if (text[start] === '[') {
    throw refuseFile(name, 'this is a JSON array; Vetter reads FollowTheMoney as JSON lines, one entity per line (as OpenSanctions and "ftm export" write it).');
  }
  return { ...(text[start] === '{' ? readFtm(text, name, limits) : readOwnershipCsv(text, name, limits)), sha256 };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** UTF-8 text, its byte order mark left off and its line ends made "\n"; anything else is refused. */
function decode(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 65_536).includes(0)) throw refuseFile(name, 'this is not a text file: it holds binary data. Choose a FollowTheMoney JSON lines file or a CSV.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuseFile(name, 'the file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8 in Excel) and import it again.');
  }
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
