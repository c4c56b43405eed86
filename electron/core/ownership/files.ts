// An ownership file, from disk to parties and links: its size and text checked (files/text-file.ts), and its format
// told by its content, whatever its name: FollowTheMoney JSON lines start with "{", the plain CSV with its header row.
import { readOwnershipCsv } from './csv';
import { readFtm } from './ftm';
import { OWNERSHIP_LIMITS, type OwnershipFile, type OwnershipLimits } from './records';
import { refuseFile } from '../files/problems';
import { readTextFile } from '../files/text-file';

export interface ReadOwnershipFile extends OwnershipFile {
  sha256: string;
}

/** `limits`: Vetter's own, or smaller ones a test asks for. */
export function readOwnershipFile(filePath: string, name: string, limits: OwnershipLimits = OWNERSHIP_LIMITS): ReadOwnershipFile {
  const { text, sha256 } = readTextFile(filePath, name, limits.bytes, 'one ownership file', 'Choose a FollowTheMoney JSON lines file or a CSV.');
  const start = text.search(/\S/);
  if (start === -1) throw refuseFile(name, 'the file is empty.');
  if (text[start] === '[') {
    throw refuseFile(name, 'this is a JSON array; Vetter reads FollowTheMoney as JSON lines, one entity per line (as OpenSanctions and "ftm export" write it).');
  }
  return { ...(text[start] === '{' ? readFtm(text, name, limits) : readOwnershipCsv(text, name, limits)), sha256 };
}
