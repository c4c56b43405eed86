// The kinds of file Vetter keeps as evidence: documents, images and archives, by an allowlist. Plain data, no Node
// imports: the renderer takes the extensions through the contract for its file picker.

export interface EvidenceType {
  /** The extension the stored copy gets, and that the operating system opens it by. */
  ext: string;
  /** What the user is told it is. */
  label: string;
  mime: string;
}

const type = (ext: string, label: string, mime: string): EvidenceType => ({ ext, label, mime });

/** Every kind of evidence file, by the extension a file may carry (jpeg and jpg are one kind, stored as .jpg). */
export const EVIDENCE_KINDS: Record<string, EvidenceType> = {
  pdf: type('pdf', 'PDF document', 'application/pdf'),
  docx: type('docx', 'Word document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
  xlsx: type('xlsx', 'Excel workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  pptx: type('pptx', 'PowerPoint presentation', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'),
  odt: type('odt', 'OpenDocument text', 'application/vnd.oasis.opendocument.text'),
  ods: type('ods', 'OpenDocument spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet'),
  odp: type('odp', 'OpenDocument presentation', 'application/vnd.oasis.opendocument.presentation'),
  csv: type('csv', 'CSV text file', 'text/csv'),
  txt: type('txt', 'text file', 'text/plain'),
  md: type('md', 'Markdown text file', 'text/markdown'),
  json: type('json', 'JSON text file', 'application/json'),
  log: type('log', 'log text file', 'text/plain'),
  png: type('png', 'PNG image', 'image/png'),
  jpg: type('jpg', 'JPEG image', 'image/jpeg'),
  jpeg: type('jpg', 'JPEG image', 'image/jpeg'),
  gif: type('gif', 'GIF image', 'image/gif'),
  webp: type('webp', 'WebP image', 'image/webp'),
  bmp: type('bmp', 'BMP image', 'image/bmp'),
  tif: type('tiff', 'TIFF image', 'image/tiff'),
  tiff: type('tiff', 'TIFF image', 'image/tiff'),
  heic: type('heic', 'HEIC image', 'image/heic'),
  zip: type('zip', 'zip archive', 'application/zip'),
  '7z': type('7z', '7-Zip archive', 'application/x-7z-compressed'),
  gz: type('gz', 'gzip archive', 'application/gzip'),
};

/** The extensions the file picker offers for evidence. */
export const EVIDENCE_EXTENSIONS: readonly string[] = Object.keys(EVIDENCE_KINDS);

/** The allowed kinds, named for a message: "PDF, Word (.docx), …". */
export const EVIDENCE_KINDS_IN_WORDS =
  'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp), text (.txt, .csv, .md, .json, .log), images (.png, .jpg, .gif, .webp, .bmp, .tiff, .heic) and archives (.zip, .7z, .gz)';
