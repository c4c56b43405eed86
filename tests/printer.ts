// One warm Chromium for every core of a test file (a cold one takes about a second per report).
import { afterAll, beforeAll } from 'vitest';
import { createChromiumPrinter } from '../electron/chromium-printer';
import type { PdfPrinter } from '../electron/core/reports/printer';

/** Starts the printer before the file's tests and closes it after; the factory is each core's makePrinter, whose close() leaves it open. */
export function warmPrinter(): () => PdfPrinter {
  let printer: PdfPrinter | undefined;
  beforeAll(() => {
    printer = createChromiumPrinter();
  });
  afterAll(async () => {
    await printer?.close();
  });
  return () => ({ print: (html) => printer!.print(html), close: async () => undefined });
}
