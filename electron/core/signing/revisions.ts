// Whether an incremental update of a PDF only adds a signature, as @signpdf/placeholder-plain appends one (a
// countersignature): the signature dictionary, its invisible widget, the form listing the signature fields, and the
// page and catalog again with only their /Annots or /AcroForm changed; then its cross-reference table and a trailer with
// the same /Root. Anything else in it (a new page content, a changed object, a stream) is a change to the signed
// document. Objects are compared as written, without whitespace; Vetter's printer writes no object streams.

const OBJECT = /(\d+)\s+(\d+)\s+obj\b([\s\S]*?)\bendobj\b/g;
const ROOT = /\/Root\s+(\d+\s+\d+)\s+R/g;

/** Whether the bytes of `pdf` from `from` to `to` are one incremental update that adds a signature and nothing else. */
export function onlyAddsSignatures(pdf: Buffer, from: number, to: number): boolean {
  const before = pdf.subarray(0, from).toString('latin1');
  const update = pdf.subarray(from, to).toString('latin1');
  if (!/%%EOF\r?\n?$/.test(before) || !/%%EOF\s*$/.test(update)) return false;
  const objects = [...update.matchAll(OBJECT)];
  const rest = update.replace(OBJECT, '');
  if (!/^\s*xref\s[\s\S]*trailer\s*<<[\s\S]*>>\s*startxref\s+\d+\s*%%EOF\s*$/.test(rest)) return false;
  if (lastRoot(rest) === null || lastRoot(rest) !== lastRoot(before)) return false;
  let signatures = 0;
  for (const [, number, generation, body] of objects) {
    if (/\bstream\b/.test(body!)) return false;
    if (isSignature(body!)) signatures++;
    else if (!isSignatureWidget(body!) && !isSignatureForm(body!) && !sameButForms(body!, earlier(before, number!, generation!))) return false;
  }
  return signatures === 1;
}

const isSignature = (body: string) => /\/Type\s*\/Sig\b/.test(body) && /\/ByteRange\s*\[/.test(body);
const isSignatureWidget = (body: string) => /\/Subtype\s*\/Widget\b/.test(body) && /\/FT\s*\/Sig\b/.test(body) && !/\/AP\b/.test(body);
/** The document's form: its type, signature flags and fields, nothing else. */
const isSignatureForm = (body: string) =>
  /\/Type\s*\/AcroForm\b/.test(body) && squeeze(body.replace(/\/Type\s*\/AcroForm|\/SigFlags\s*\d+|\/Fields\s*\[[^\]]*\]/g, '')) === '<<>>';

/** The object as last written before the update; null when it is new. */
function earlier(before: string, number: string, generation: string): string | null {
  const all = [...before.matchAll(new RegExp(`(?:^|\\s)${number}\\s+${generation}\\s+obj\\b([\\s\\S]*?)\\bendobj\\b`, 'g'))];
  return all.at(-1)?.[1] ?? null;
}

/** A page or the catalog written again with only its annotations or form changed. */
function sameButForms(body: string, previous: string | null): boolean {
  const strip = (s: string) => squeeze(s.replace(/\/Annots\s*(\[[^\]]*\]|\d+\s+\d+\s+R)|\/AcroForm\s*\d+\s+\d+\s+R/g, ''));
  return previous !== null && strip(body) === strip(previous);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

function lastRoot(text: string): string | null {
  return [...text.matchAll(ROOT)].at(-1)?.[1]?.replace(/\s+/g, ' ') ?? null;
}
