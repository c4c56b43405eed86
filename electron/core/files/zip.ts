// The zip archives users import (XLSX and ODS workbooks), and the ones attached as evidence (files/sniff.ts looks
// inside them to tell what they are), read with yauzl under Vetter's own limits. yauzl parses the
// directory (zip64 included) and inflates each entry as a stream, checking that it inflates to exactly the size the
// archive declares (validateEntrySizes); Vetter adds the limits: the number of entries, checked before any entry is
// read; the inflated size of any one entry and of everything read from the archive, checked against the declared
// sizes before anything is inflated and again, byte by byte, while inflating. So a zip bomb (a few KB that inflate to
// gigabytes, or a hundred thousand entries) is refused with a reason instead of filling the memory, and what an entry
// holds is never one big buffer.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Inflated bytes of any one entry that is read. */
  maxEntryBytes: number;
  /** Inflated bytes of every entry read from this archive, together (a part read twice counts twice). */
  maxTotalBytes: number;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The inflated size the archive declares (checked while inflating: an entry that inflates to more is refused). */
  size: number;
  localOffset: number;
  /** When the part was last saved, from its DOS date read as UTC (the UK list's ODS has no other date). */
  modified: Date;
}

export interface ZipOpenOptions {
  /**
   * List the parts Vetter cannot read (encrypted, or packed with a compression method other than stored or deflated)
   * instead of refusing the whole archive for them: for recognising a file by the names of its parts
   * (files/sniff.ts). Reading such a part still fails, with the reason the archive would have been refused for.
   */
  listUnreadable?: boolean;
}

/** Why an archive cannot be read; the caller adds the file's name. */
export class ZipError extends Error {
  constructor(
    message: string,
    /** 'limit' when the archive is readable but larger than the limits allow; 'damaged' otherwise. */
    readonly kind: 'limit' | 'damaged',
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const damaged = (what: string) => new ZipError(`the zip archive is damaged (${what})`, 'damaged');
const encrypted = (part: string) => new ZipError(`${part} is encrypted: the file is password-protected`, 'damaged');

export const megabytes = (bytes: number): string => `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** yauzl's words for a damaged end record or directory, as the user reads them ("directory entry 3" when known). */
function directoryProblem(err: unknown, entry?: number): ZipError {
  if (err instanceof ZipError) return err;
  const message = messageOf(err);
  const which = entry === undefined ? 'the directory' : `directory entry ${entry}`;
  if (/^End of central directory record signature not found/i.test(message)) return damaged('no end of central directory: the file is probably cut off');
  if (/^Invalid comment length/i.test(message)) return damaged('its end record is not at the end of the file: the file is cut off or has bytes added after it');
  if (/zip64 end of central directory record signature/i.test(message)) return damaged('the zip64 end of directory is missing');
  if (/^multi-disk/i.test(message)) return damaged('it is one part of an archive split over several files');
  if (/^strong encryption/i.test(message)) return encrypted('a part');
  if (/^invalid central directory file header signature/i.test(message)) return damaged(`${which} is damaged`);
  if (/^unexpected EOF/i.test(message)) return damaged(entry === undefined ? 'the zip64 end of directory lies outside the file' : `${which} is cut off`);
  if (/^zip64 extended information extra field/i.test(message)) return damaged(`${which} has short zip64 sizes`);
  if (/^extra field length exceeds/i.test(message)) return damaged(`${which} has a damaged extra field`);
  if (/^compressed\/uncompressed size mismatch for stored file/i.test(message)) return damaged(`the stored part in ${which} has two different sizes`);
  return damaged(message);
}

const declared = (entry: ZipEntry) => `the ${entry.size.toLocaleString('en-US')} bytes the archive declares for it`;
// An entry that inflates to more than it declared is lying about its size: the classic bomb.
const inflatesToMore = (entry: ZipEntry) => new ZipError(`"${entry.name}" inflates to more than ${declared(entry)}`, 'damaged');

/** yauzl's words for an entry that cannot be opened or inflated. */
function entryProblem(entry: ZipEntry, err: unknown): ZipError {
  if (err instanceof ZipError) return err;
  const message = messageOf(err);
  const name = `"${entry.name}"`;
  if (/^too many bytes in the stream/i.test(message)) return inflatesToMore(entry);
  if (/^not enough bytes in the stream/i.test(message)) return damaged(`${name} inflates to fewer than ${declared(entry)}`);
  if (/^invalid local file header signature/i.test(message)) return damaged(`the local header of ${name} is missing`);
  if (/^file data overflows file bounds|^unexpected EOF/i.test(message)) return damaged(`${name} is cut off`);
  if (/^unsupported compression method/i.test(message)) return damaged(`${name} uses compression method ${entry.method}, which Vetter does not read`);
  return damaged(`${name} cannot be inflated: ${message}`);
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly raw = new Map<string, yauzl.Entry>();
  /** Parts listed but never read (ZipOpenOptions.listUnreadable), with the reason. */
  private readonly unreadable = new Map<string, ZipError>();
  private inflated = 0;
  /**
   * Names stored more than once. Only the first of each is read here; a reader that takes the archive whole (exceljs
   * reading a returned questionnaire) may take another, so it refuses such an archive.
   */
  readonly repeated: string[] = [];

  private constructor(
    private readonly file: yauzl.ZipFile,
    readonly limits: ZipLimits,
    private readonly options: ZipOpenOptions,
  ) {}

  /** Reads the central directory; nothing is inflated yet. */
  static async open(data: Uint8Array, limits: ZipLimits, options: ZipOpenOptions = {}): Promise<ZipArchive> {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let file: yauzl.ZipFile;
    try {
      // decodeStrings off: yauzl would refuse the whole archive for one odd name (absolute, ".."); names are only
      // looked up here, never written to disk, so they are decoded below (UTF-8 flag, Unicode path field) instead.
      file = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false });
    } catch (err) {
      throw directoryProblem(err);
    }
    if (file.entryCount > limits.maxEntries) {
      throw new ZipError(`the archive has ${file.entryCount.toLocaleString('en-US')} parts, more than the ${limits.maxEntries.toLocaleString('en-US')} Vetter reads`, 'limit');
    }
    const zip = new ZipArchive(file, limits, options);
    let index = 0;
    try {
      for await (const entry of file.eachEntry()) {
        index++;
        zip.add(entry);
      }
    } catch (err) {
      throw directoryProblem(err, index + 1);
    }
    return zip;
  }

  private add(raw: yauzl.Entry): void {
    const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, false);
    if (this.entries.has(name)) {
      this.repeated.push(name); // a second entry of the same name is never read
      return;
    }
    const method = raw.compressionMethod;
    const problem = raw.isEncrypted()
      ? encrypted(`the part "${name}"`)
      : method !== 0 && method !== 8
        ? damaged(`"${name}" uses compression method ${method}, which Vetter does not read`)
        : null;
    if (problem && !this.options.listUnreadable) throw problem;
    if (problem) this.unreadable.set(name, problem);
    else this.raw.set(name, raw);
    this.entries.set(name, {
      name,
      method,
      flags: raw.generalPurposeBitFlag,
      compressedSize: raw.compressedSize,
      size: raw.uncompressedSize,
      localOffset: raw.relativeOffsetOfLocalHeader,
      modified: raw.getLastModDate({ forceDosFormat: true, timezone: 'UTC' }),
    });
  }

  /** Whether the archive has this entry (names as stored, e.g. "xl/workbook.xml"). */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Checks, before any work, that the entries about to be read fit the limits by their declared sizes. */
  checkDeclared(names: string[]): void {
    let total = this.inflated;
    for (const name of names) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      this.checkEntrySize(entry, entry.size);
      total += entry.size;
      if (total > this.limits.maxTotalBytes) throw this.totalTooLarge(total);
    }
  }

  /** The whole entry as text (for the small parts: workbook, relationships, styles). */
  async text(name: string): Promise<string> {
    const decoder = new TextDecoder('utf-8');
    let text = '';
    for await (const chunk of this.stream(name)) text += decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  }

  /** The entry's inflated bytes, chunk by chunk; throws a ZipError as soon as a limit is passed. */
  async *stream(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    const raw = this.raw.get(name);
    const problem = this.unreadable.get(name);
    if (problem) throw problem;
    if (!entry || !raw) throw damaged(`"${name}" is missing`);
    this.checkEntrySize(entry, entry.size);
    let source: Readable;
    try {
      source = await this.file.openReadStreamPromise(raw);
    } catch (err) {
      throw entryProblem(entry, err);
    }
    let produced = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        this.count(entry, produced, chunk.length);
        yield chunk;
      }
    } catch (err) {
      throw entryProblem(entry, err);
    } finally {
      source.destroy();
    }
  }

  /** Vetter's own count, chunk by chunk, on top of yauzl's check of the declared size. */
  private count(entry: ZipEntry, produced: number, added: number): void {
    if (produced > entry.size) throw inflatesToMore(entry);
    this.checkEntrySize(entry, produced);
    this.inflated += added;
    if (this.inflated > this.limits.maxTotalBytes) throw this.totalTooLarge(this.inflated);
  }

  private checkEntrySize(entry: ZipEntry, size: number): void {
    if (size > this.limits.maxEntryBytes) {
      throw new ZipError(
        `its part "${entry.name}" unpacks to ${megabytes(size)}, more than the ${megabytes(this.limits.maxEntryBytes)} Vetter unpacks from one part`,
        'limit',
      );
    }
  }

  private totalTooLarge(total: number): ZipError {
    return new ZipError(`it unpacks to more than ${megabytes(this.limits.maxTotalBytes)} (at least ${megabytes(total)})`, 'limit');
  }
}

/** Whether bytes start as a zip archive does (a local header, or the end record of an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}
