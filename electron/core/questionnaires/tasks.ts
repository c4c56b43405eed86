// What the questionnaires worker thread does: read a returned workbook (read-workbook.ts), off the thread that answers
// requests and inside a memory cap, one thread per file (handlers.ts starts it). A file that still exhausts the memory
// or the time stops this thread only. Checking it against the questionnaire sent, and storing it, stay with the core.
import { VetterError } from '../errors';
import { quoteValue } from '../visible-text';
import { readReturnedWorkbook, type ReturnedWorkbook } from './read-workbook';

export const questionnaireTasks = {
  async read(request: { path: string; name: string }): Promise<ReturnedWorkbook> {
    try {
      return await readReturnedWorkbook(request.path, request.name);
    } catch (err) {
      if (err instanceof VetterError) throw err;
      // A fault of the reader, not a refusal: still said with the file's name.
      console.error('[vetter questionnaires worker]', err);
      throw new VetterError('bad_file', `${request.name}: Vetter could not read this workbook (${quoteValue(err instanceof Error ? err.message : String(err), 100)}). Nothing was imported.`);
    }
  },
};

export type QuestionnaireTasks = typeof questionnaireTasks;
