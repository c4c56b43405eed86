// Streaming XML for the UN list and the ODS sheet: saxes reads the text (or an ODS part as it is unpacked) in chunks
// and only the elements asked for are built into small trees, so a 7 MB sheet never becomes one big DOM. Each tree is
// checked against the limits as it grows (lists/limits.ts): how many there are, how many values each holds, how long
// each value is, so a hostile file is refused before one tree fills the memory.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { VetterError } from '../errors';
import { ZipError } from '../files/zip';
import { yieldToEventLoop } from '../jobs/jobs';
import { checkField, checkRecords, checkRecordValues, listLimits } from './limits';
import { badFile, DOWNLOAD_AGAIN, type ParseOptions } from './text';

export interface XmlElement {
  /** Local name: the prefix is dropped, so "table:table-row" is "table-row". */
  name: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  content: (XmlElement | string)[];
  line: number;
  /** Characters of its own text so far (checked against the limit as it grows). */
  chars?: number;
}

/** The XML as text, or as bytes arriving in chunks (an ODS part as it is unpacked), with their total for progress. */
export type XmlSource = string | { chunks: AsyncIterable<Uint8Array>; bytes: number };

export interface XmlStream extends ParseOptions {
  file: string;
  /** Whether to build the element (and its subtree) with this local name at this depth (root = 0). */
  collect: (name: string, depth: number) => boolean;
  onElement: (element: XmlElement) => void;
  /** Each opening tag outside collected elements, e.g. to read the root's attributes. */
  onOpen?: (name: string, attrs: Record<string, string>, depth: number) => void;
}

const CHUNK = 1 << 18;

/** Text in chunks that never split a surrogate pair, with the total for progress. */
async function* textChunks(source: XmlSource): AsyncGenerator<{ text: string; done: number; total: number }> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; ) {
      let end = Math.min(start + CHUNK, source.length);
      if (end < source.length && /[\uD800-\uDBFF]/.test(source[end - 1]!)) end--;
      yield { text: source.slice(start, end), done: end, total: source.length };
      start = end;
    }
    return;
  }
  const decoder = new TextDecoder('utf-8');
  let done = 0;
  for await (const chunk of source.chunks) {
    done += chunk.length;
    yield { text: decoder.decode(chunk, { stream: true }), done, total: source.bytes };
  }
  yield { text: decoder.decode(), done, total: source.bytes };
}

export async function streamXml(source: XmlSource, stream: XmlStream): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const limits = listLimits(stream.limits);
  const place = () => ({ line: parser.line, column: parser.column + 1 });
  const stack: XmlElement[] = [];
  let depth = 0;
  let records = 0;
  /** Elements and texts in the tree being built. */
  let values = 0;
  const addValue = () => {
    values++;
    checkRecordValues(stream.file, { where: `the <${stack[0]!.name}> starting on line ${stack[0]!.line}` }, values, limits);
  };
  const addText = (t: string) => {
    const element = stack.at(-1);
    if (!element) return;
    element.chars = (element.chars ?? 0) + t.length;
    checkField(stream.file, { where: `<${element.name}>`, ...place() }, element.chars, limits, t);
    addValue();
    element.content.push(t);
  };
  parser.on('error', (err) => {
    throw badFile(stream.file, { line: parser.line, column: parser.column + 1 }, `The XML is not well-formed (${clipped(err.message.replace(/^\d+:\d+: /, ''))}).`, DOWNLOAD_AGAIN);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      checkField(stream.file, { where: `<${localName(tag.name)} ${key}>`, ...place() }, value.length, limits, value);
      attrs[localName(key)] = value;
    }
    const parent = stack.at(-1);
    if (parent || stream.collect(name, depth)) {
      const element: XmlElement = { name, attrs, content: [], line: parser.line };
      if (parent) addValue();
      else {
        checkRecords(stream.file, place(), ++records, limits, `<${name}> records`);
        values = 0;
      }
      parent?.content.push(element);
      stack.push(element);
    } else stream.onOpen?.(name, attrs, depth);
    depth++;
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    depth--;
    const element = stack.pop();
    if (element && stack.length === 0) stream.onElement(element);
  });
  try {
    for await (const { text, done, total } of textChunks(source)) {
      parser.write(text);
      stream.onProgress?.(done, total);
      await yieldToEventLoop();
    }
    parser.close();
  } catch (err) {
    // A refusal, or the unpacking's own (the ODS reader says it with the file's name).
    if (err instanceof VetterError || err instanceof ZipError) throw err;
    throw badFile(stream.file, { line: parser.line, column: parser.column + 1 }, `The XML could not be read (${clipped(String(err))}).`, DOWNLOAD_AGAIN);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.content.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** All text inside the element, trimmed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement) => e.content.forEach((c) => (typeof c === 'string' ? parts.push(c) : walk(c)));
  walk(element);
  return parts.join('').trim();
}

/** Text of the first child with this name, trimmed ('' when there is none). */
export function childText(element: XmlElement, name: string): string {
  return textOf(childElements(element, name)[0]);
}

/** The parser's own words, which may quote a whole (hostile) tag name, kept to a line. */
function clipped(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
