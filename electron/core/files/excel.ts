// exceljs takes about 0.4 s to load, most of a CLI command's start: it is loaded when a workbook is first read or
// written, so that the commands, workers and app starts that never touch one do without it.
export function loadExcel(): Promise<typeof import('exceljs')> {
  return import('exceljs');
}
