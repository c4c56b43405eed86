// What a file really is, from its content as well as its name. Evidence is kept only when its name's extension is on
// the allowlist (evidence-types.ts) and its content is that kind of file; a program, a script, a shortcut or an
// installer is refused whatever it is called. The stored copy gets the decided extension and nothing else, so the
// operating system can only ever open it as that kind of document.
import { quoteValue, stripInvisible } from '../visible-text';
import { EVIDENCE_KINDS, EVIDENCE_KINDS_IN_WORDS, type EvidenceType } from './evidence-types';
import { looksLikeZip, ZipArchive, type ZipLimits } from './zip';

/** What the content is, as far as evidence goes. */
type Content =
  | { kind: 'pdf' | 'png' | 'jpg' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'heic' | '7z' | 'gz' | 'text' }
  | { kind: 'zip'; holds: 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp' | 'archive' | 'macros' | 'program' }
  | { kind: 'program'; what: string }
  | { kind: 'unknown'; what: string };

const startsWith = (b: Uint8Array, bytes: number[], at = 0): boolean => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Recognises the content by its bytes (the whole file: a zip's directory is at its end). */
export async function sniffContent(bytes: Uint8Array): Promise<Content> {
  const head = ascii(bytes, 0, 16);
  // Programs, scripts, shortcuts and help files that run code, whatever they are named.
  if (head.startsWith('MZ')) return { kind: 'program', what: 'a Windows program (.exe, .dll, .scr, .pif)' };
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { kind: 'program', what: 'a Linux program' };
  if ([[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]].some((m) => startsWith(bytes, m))) {
    return { kind: 'program', what: 'a macOS program' };
  }
  if (head.startsWith('#!')) return { kind: 'program', what: 'a script' };
  if (head.startsWith('ITSF')) return { kind: 'program', what: 'a compiled help file (.chm), which can run code' };
  if (startsWith(bytes, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return { kind: 'program', what: 'a Windows shortcut (.lnk)' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: 'unknown', what: 'an old-style Office file or a Windows installer (OLE compound file), which can hold macros or run code' };
  }
  // Documents and images.
  const pdfAt = ascii(bytes, 0, 1024).indexOf('%PDF-');
  if (pdfAt >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpg' };
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { kind: 'gif' };
  if (head.startsWith('RIFF') && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'webp' };
  if (head.startsWith('BM') && bytes.length > 26) return { kind: 'bmp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'tiff' };
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|mif1|msf1|heim|heis|hevc)$/.test(ascii(bytes, 8, 12))) return { kind: 'heic' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return { kind: '7z' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gz' };
  if (looksLikeZip(bytes)) return { kind: 'zip', holds: await zipHolds(bytes) };
  if (isText(bytes)) return { kind: 'text' };
  return { kind: 'unknown', what: 'binary data Vetter does not recognise' };
}

/**
 * Only the directory is read, and the "mimetype" part when it is stored (not deflated) and at most 100 bytes: the
 * OpenDocument ones are under 50. Encrypted parts and other compression methods are listed by name all the same.
 */
const SNIFF_LIMITS: ZipLimits = { maxEntries: 100_000, maxEntryBytes: 100, maxTotalBytes: 100 };

async function zipHolds(bytes: Uint8Array): Promise<Extract<Content, { kind: 'zip' }>['holds']> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(bytes, SNIFF_LIMITS, { listUnreadable: true });
  } catch {
    // A damaged archive (or one of more than 100,000 parts) is still only an archive.
    return 'archive';
  }
  const names = [...zip.entries.keys()];
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^(Basic|Scripts)\//.test(n))) return 'macros';
  if (names.some((n) => /^(AppxManifest\.xml|AndroidManifest\.xml|META-INF\/MANIFEST\.MF)$/i.test(n) || /\.class$/.test(n))) return 'program';
  if (names.includes('[Content_Types].xml')) {
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('ppt/presentation.xml')) return 'pptx';
  }
  const mime = await storedMimetype(zip);
  if (mime === 'application/vnd.oasis.opendocument.text') return 'odt';
  if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  if (mime === 'application/vnd.oasis.opendocument.presentation') return 'odp';
  return 'archive';
}

/** The OpenDocument "mimetype" part, byte for byte; null when it is missing, deflated, encrypted, too long or unreadable. */
async function storedMimetype(zip: ZipArchive): Promise<string | null> {
  if (zip.entries.get('mimetype')?.method !== 0) return null;
  try {
    let text = '';
    for await (const chunk of zip.stream('mimetype')) text += chunk.toString('latin1');
    return text;
  } catch {
    return null;
  }
}

/** UTF-8 (or UTF-16 with its byte-order mark) text without NULs, judged by its first 64 KB. */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  try {
    // A character cut at the 64 KB edge is not a fault of the file.
    new TextDecoder('utf-8', { fatal: true }).decode(head.length === bytes.length ? head : head.subarray(0, head.length - 3));
    return true;
  } catch {
    return false;
  }
}

const CONTENT_LABEL: Record<string, string> = {
  pdf: 'a PDF document',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  bmp: 'a BMP image',
  tiff: 'a TIFF image',
  heic: 'a HEIC image',
  '7z': 'a 7-Zip archive',
  gz: 'a gzip archive',
  text: 'text',
  docx: 'a Word document',
  xlsx: 'an Excel workbook',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text',
  ods: 'an OpenDocument spreadsheet',
  odp: 'an OpenDocument presentation',
  archive: 'a zip archive',
  macros: 'an Office document with macros, which can run code',
  program: 'an app package or Java program inside a zip archive',
};

function describe(content: Content): string {
  if (content.kind === 'program' || content.kind === 'unknown') return content.what;
  if (content.kind === 'zip') return CONTENT_LABEL[content.holds]!;
  return CONTENT_LABEL[content.kind]!;
}

/** Which evidence kind (by its stored extension) a content is, if it is one. */
function contentExt(content: Content): string | null {
  if (content.kind === 'program' || content.kind === 'unknown') return null;
  if (content.kind === 'zip') return content.holds === 'macros' || content.holds === 'program' ? null : content.holds === 'archive' ? 'zip' : content.holds;
  return content.kind === 'text' ? 'txt' : content.kind;
}

/** The extension a name ends in, as the operating system reads it (trailing dots and spaces dropped, invisible characters ignored). */
export function nameExtension(fileName: string): string | null {
  const trimmed = stripInvisible(fileName).replace(/[. ]+$/, '');
  const base = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? null : base.slice(dot + 1).toLowerCase();
}

export type EvidenceDecision = { ok: true; type: EvidenceType } | { ok: false; reason: string };

/**
 * Whether a file may be kept (and opened) as evidence, and as what. Its name must carry an allowed extension whose
 * kind its content is (a text kind takes any text); a name without an extension takes the kind of its content.
 */
export async function decideEvidenceType(fileName: string, bytes: Uint8Array): Promise<EvidenceDecision> {
  const shown = quoteValue(fileName, 80);
  const content = await sniffContent(bytes);
  if (content.kind === 'program') return { ok: false, reason: `${shown} is ${content.what}: Vetter keeps documents, images and archives as evidence, never programs.` };
  const ext = nameExtension(fileName);
  if (ext === null) {
    const found = contentExt(content);
    if (found === null) return { ok: false, reason: `${shown} has no file extension and its content is ${describe(content)}. Vetter keeps ${EVIDENCE_KINDS_IN_WORDS}.` };
    return { ok: true, type: EVIDENCE_KINDS[found]! };
  }
  const claimed = EVIDENCE_KINDS[ext];
  if (!claimed) {
    return { ok: false, reason: `${shown} is a .${quoteValue(ext, 20).slice(1, -1)} file, which Vetter does not keep as evidence. Vetter keeps ${EVIDENCE_KINDS_IN_WORDS}: save it as one of those.` };
  }
  const found = contentExt(content);
  const textKind = ['txt', 'csv', 'md', 'json', 'log'].includes(claimed.ext);
  if (found === claimed.ext || (textKind && found === 'txt') || (claimed.ext === 'zip' && content.kind === 'zip' && found !== null)) return { ok: true, type: claimed };
  return {
    ok: false,
    reason: `${shown} is named as a ${claimed.label}, but its content is ${describe(content)}. Vetter keeps a file only when its content is what its name says: save it in its real format, with the matching extension.`,
  };
}
