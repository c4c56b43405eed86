// Streaming XML for the UN list and the ODS sheet: saxes reads the text in chunks and only the
// elements asked for are built into small trees, so a 7 MB sheet never becomes one big DOM.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { VetterError } from '../errors';
import { yieldToEventLoop } from '../jobs/jobs';
import { badFile, DOWNLOAD_AGAIN, type ParseOptions } from './text';

export interface XmlElement {
  /** Local name: the prefix is dropped, so "table:table-row" is "table-row". */
  name: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  content: (XmlElement | string)[];
  line: number;
}

export interface XmlStream extends ParseOptions {
  file: string;
  /** Whether to build the element (and its subtree) with this local name at this depth (root = 0). */
  collect: (name: string, depth: number) => boolean;
  onElement: (element: XmlElement) => void;
  /** Each opening tag outside collected elements, e.g. to read the root's attributes. */
  onOpen?: (name: string, attrs: Record<string, string>, depth: number) => void;
}

const CHUNK = 1 << 18;

export async function streamXml(text: string, stream: XmlStream): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let depth = 0;
  parser.on('error', (err) => {
    throw badFile(stream.file, { line: parser.line, column: parser.column + 1 }, `The XML is not well-formed (${err.message.replace(/^\d+:\d+: /, '')}).`, DOWNLOAD_AGAIN);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[localName(key)] = value;
    const parent = stack.at(-1);
    if (parent || stream.collect(name, depth)) {
      const element: XmlElement = { name, attrs, content: [], line: parser.line };
      parent?.content.push(element);
      stack.push(element);
    } else stream.onOpen?.(name, attrs, depth);
    depth++;
  });
  parser.on('text', (t) => stack.at(-1)?.content.push(t));
  parser.on('cdata', (t) => stack.at(-1)?.content.push(t));
  parser.on('closetag', () => {
    depth--;
    const element = stack.pop();
    if (element && stack.length === 0) stream.onElement(element);
  });
  try {
    stream.onProgress?.(0, text.length);
    for (let start = 0; start < text.length; ) {
      let end = Math.min(start + CHUNK, text.length);
      // Never split a surrogate pair between chunks.
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
      parser.write(text.slice(start, end));
      start = end;
      stream.onProgress?.(start, text.length);
      if (start < text.length) await yieldToEventLoop();
    }
    parser.close();
  } catch (err) {
    if (err instanceof VetterError) throw err;
    throw badFile(stream.file, { line: parser.line, column: parser.column + 1 }, `The XML could not be read (${String(err)}).`, DOWNLOAD_AGAIN);
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
