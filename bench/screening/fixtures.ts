// The two hand-written fixtures: real unlisted companies (negatives) and registered Chinese names of listed
// companies (Chinese-script positives). Plain text so that a reviewer can read and extend them.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES_DIR = path.join(__dirname, 'fixtures');

/** Non-empty lines that are not "#" comments, trimmed. */
export function fixtureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

export function readUnlistedCompanies(dir = FIXTURES_DIR): string[] {
  return fixtureLines(fs.readFileSync(path.join(dir, 'unlisted-companies.txt'), 'utf8'));
}

export interface ChineseName {
  chinese: string;
  /** The English names the lists carry for the company (any of them). */
  english: string[];
}

export function readChineseNames(dir = FIXTURES_DIR): ChineseName[] {
  return fixtureLines(fs.readFileSync(path.join(dir, 'chinese-names.tsv'), 'utf8')).map((line) => {
    const [chinese = '', english = ''] = line.split('\t');
    return { chinese: chinese.trim(), english: english.split('|').map((e) => e.trim()).filter((e) => e.length > 0) };
  });
}
