// A list file's problem as the user reads it: the file, the place in it, what is wrong and what to do.
// Apart from text.ts so that limits.ts, which text.ts reads its limits from, can say its refusals the same way.
import { VetterError } from '../errors';

export interface Place {
  line?: number;
  column?: number;
  /** Replaces "line N" for formats without lines, e.g. 'sheet "X", row 5'. */
  where?: string;
}

/** A bad_file error whose message starts with the file and place: `"sdn.csv", line 12, column 4: ...`. */
export function badFile(file: string, place: Place | null, problem: string, fix: string): VetterError {
  return new VetterError('bad_file', `${[`"${file}"`, describePlace(place)].filter(Boolean).join(', ')}: ${problem} ${fix}`);
}

/** "line 12, column 4", "results[3].name", or '' without a place. */
export function describePlace(place: Place | null): string {
  const parts: string[] = [];
  if (place?.where) parts.push(place.where);
  if (place?.line !== undefined) parts.push(`line ${place.line}`);
  if (place?.column !== undefined) parts.push(`column ${place.column}`);
  return parts.join(', ');
}

export const DOWNLOAD_AGAIN = 'The file looks damaged or cut short: download it again from the publisher and import the new copy.';
