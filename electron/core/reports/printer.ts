// How the core gets a PDF from report HTML without knowing which Chromium prints it: the desktop app prints in a
// hidden, sandboxed Electron window; the CLI, the browser host, tests and benchmarks print with playwright-core
// driving the system Chromium. Both print the same HTML with the same options.

export interface PdfPrinter {
  /**
   * Prints a self-contained HTML document (styles and fonts inline, no scripts, nothing fetched) to PDF, after
   * `document.fonts.ready`. Page size, margins, header and footer come from the document's own CSS (@page).
   */
  print(html: string): Promise<Buffer>;
  /** Frees the browser or window; the printer is not used afterwards. */
  close(): Promise<void>;
}

/** The options both printers pass to Chromium's print-to-PDF. */
export const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
} as const;
