// Evidence files with real content of every allowed kind, and the ones that must never be kept or opened: a kind
// is decided from the content as well as the name, the copy is stored as <id>.<decided extension>, and programs,
// shortcuts, help files and installers are refused whatever they are called (an allowlist, not a blocklist).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assessments } from '../../electron/core/assessment/assessments';
import { Findings } from '../../electron/core/findings/findings';
import { folderEvidence } from '../../electron/core/assessment/evidence-content';
import { newVendorInput } from '../../electron/core/contract';
import { type Db, openDatabase } from '../../electron/core/db/open';
import { SqliteStore } from '../../electron/core/db/sqlite-store';
import { WriteQueue } from '../../electron/core/db/write-queue';
import { VetterError } from '../../electron/core/errors';
import { EVIDENCE_EXTENSIONS } from '../../electron/core/files/evidence-types';
import { decideEvidenceType, nameExtension } from '../../electron/core/files/sniff';
import { VendorRepository } from '../../electron/core/vendors/repository';
import { ods, zip } from '../fuzz/hostile-vendor-files';
import { ROOT, tempDir } from '../helpers';

/** A small PDF that PDF readers open (one empty page), written out with its cross-reference table. */
function realPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A minimal Word document: the parts Word needs to open it. */
function realDocx(extra: { name: string; data: string }[] = []): Buffer {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return Buffer.from(
    zip([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>SOC 2 bridge letter</w:t></w:r></w:p></w:body></w:document>` },
      ...extra,
    ]),
  );
}

/** The archive with its part `name` marked as encrypted (bit 0 of the flags, in its local and its directory header). */
function withEncryptedPart(bytes: Uint8Array, name: string): Buffer {
  const b = Buffer.from(bytes);
  for (let at = b.indexOf(name); at >= 0; at = b.indexOf(name, at + 1)) {
    if (at >= 30 && b.readUInt32LE(at - 30) === 0x04034b50) b[at - 30 + 6]! |= 1;
    if (at >= 46 && b.readUInt32LE(at - 46) === 0x02014b50) b[at - 46 + 8]! |= 1;
  }
  return b;
}

// The smallest JPEG and GIF there are: real images of one pixel.
const JPEG = Buffer.from(
  'ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9',
  'hex',
);
const GIF = Buffer.from('47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b', 'hex');
const PNG = fs.readFileSync(path.join(ROOT, 'docs/screenshots/vendors.png'));
// A real program: the Node.js executable running this test (PE, ELF or Mach-O, whichever this machine runs).
const PROGRAM = fs.readFileSync(process.execPath).subarray(0, 64 * 1024);

let dir: string;
let db: Db;
let assessments: Assessments;
let vendorId: string;
let source: string;
beforeAll(async () => {
  dir = tempDir('vetter-evidence-');
  db = openDatabase(dir);
  const store = new SqliteStore(db, db, new WriteQueue());
  const vendors = new VendorRepository(store);
  assessments = new Assessments(store, folderEvidence(dir), vendors, new Findings(store));
  vendorId = (await vendors.create(newVendorInput('Example Cloud Ltd'), 'tester')).id;
  source = path.join(dir, 'upload');
});
afterAll(() => db.close());

function attach(fileName: string, bytes: Uint8Array) {
  fs.writeFileSync(source, bytes);
  return assessments.addEvidence(vendorId, 'A1', source, fileName, 'tester');
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await attach(fileName, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(VetterError);
    expect((err as VetterError).code).toBe('bad_file');
    return (err as VetterError).message;
  }
  throw new Error(`${fileName} was attached`);
}

const storedNames = () => fs.readdirSync(path.join(dir, 'evidence', vendorId));

describe('evidence: what is kept', () => {
  it('keeps each allowed kind of real file, stored as <id>.<its extension>, and says what it is', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Audit').addRow(['control', 'result']);
    const cases: [string, Uint8Array, string, string][] = [
      ['SOC 2 Type II 2026.pdf', realPdf(), 'pdf', 'PDF document'],
      ['Bridge letter.docx', realDocx(), 'docx', 'Word document'],
      ['Controls.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx', 'Excel workbook'],
      ['Controls.ods', ods([{ cells: [{ value: 'control' }] }]), 'ods', 'OpenDocument spreadsheet'],
      ['Screenshot.png', PNG, 'png', 'PNG image'],
      ['Photo.JPEG', JPEG, 'jpg', 'JPEG image'],
      ['Pixel.gif', GIF, 'gif', 'GIF image'],
      ['Notes.txt', Buffer.from('Call with the vendor’s CISO, 2026-01-12.\n'), 'txt', 'text file'],
      ['Subprocessors.csv', Buffer.from('\uFEFFname,country\nAcme,DE\n'), 'csv', 'CSV text file'],
      ['Export.json', Buffer.from('{"ok":true}'), 'json', 'JSON text file'],
      ['Evidence pack.zip', zip([{ name: 'a.pdf', data: realPdf() }, { name: 'b.txt', data: 'x' }]), 'zip', 'zip archive'],
      ['logs.gz', gzipSync('line\n'), 'gz', 'gzip archive'],
    ];
    for (const [name, bytes, ext, kind] of cases) {
      const file = await attach(name, bytes);
      expect(file, name).toMatchObject({ fileName: name, kind, size: bytes.length });
      expect(storedNames()).toContain(`${file.id}.${ext}`);
      const stored = await assessments.stored(file.id);
      expect(stored.type?.ext, name).toBe(ext);
      expect(stored.path?.endsWith(`${file.id}.${ext}`)).toBe(true);
      expect(fs.readFileSync(stored.path!).equals(Buffer.from(bytes))).toBe(true);
      expect(stored.bytes.equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('stores a 116-character name ending ".exe.pdf" as a PDF, never as .exe', async () => {
    const name = `${'Quarterly vendor security attestation '.repeat(2).trim()} - signed copy for the audit file.exe.pdf`;
    expect(name.length).toBe(116);
    const file = await attach(name, realPdf());
    expect(storedNames()).toContain(`${file.id}.pdf`);
    expect(storedNames().some((n) => n.endsWith('.exe'))).toBe(false);
    expect((await assessments.stored(file.id)).type?.ext).toBe('pdf');
    // The same name on a program is refused.
    expect(await refusal(name, PROGRAM)).toMatch(/is a (Windows|Linux|macOS) program.*never programs\. Nothing was attached\.$/);
  });

  it('takes the kind of a file named without an extension from its content', async () => {
    const file = await attach('scan from the copier', realPdf());
    expect(file.kind).toBe('PDF document');
    expect(storedNames()).toContain(`${file.id}.pdf`);
  });
});

describe('evidence: what is refused (an allowlist, not a blocklist)', () => {
  it('refuses programs, scripts, shortcuts and help files whatever they are called', async () => {
    const programs: [string, Buffer][] = [
      ['setup.exe', PROGRAM],
      ['SOC2.pdf', PROGRAM],
      ['notes.txt', Buffer.from('#!/bin/sh\nrm -rf ~\n')],
      ['manual.pdf', Buffer.concat([Buffer.from('ITSF'), Buffer.alloc(60)])],
      ['report.pdf', Buffer.concat([Buffer.from([0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]), Buffer.alloc(70)])],
      ['image.png', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)])],
    ];
    for (const [name, bytes] of programs) {
      expect(await refusal(name, bytes), name).toMatch(/never programs\. Nothing was attached\.$/);
    }
  });

  it('refuses every kind not on the allowlist, the ones a blocklist missed included (.chm, .msix, .pif, .command)', async () => {
    for (const name of ['help.chm', 'app.msix', 'run.pif', 'start.command', 'a.js', 'b.vbs', 'c.ps1', 'd.hta', 'e.scr', 'f.html', 'g.svg', 'h.docm', 'i.xlsm', 'j.doc', 'k.rtf', 'l.iso', 'm.appref-ms']) {
      // Even with harmless text inside: what the operating system does with a file is decided by its extension.
      expect(await refusal(name, Buffer.from('hello')), name).toMatch(/is a \.[\w-]+ file, which Vetter does not keep as evidence\. Vetter keeps PDF, Word/);
    }
    expect(EVIDENCE_EXTENSIONS).not.toContain('exe');
  });

  it('refuses a file whose content is not what its name says, naming both', async () => {
    expect(await refusal('SOC 2 report.pdf', PNG)).toBe(
      '"SOC 2 report.pdf" is named as a PDF document, but its content is a PNG image. Vetter keeps a file only when its content is what its name says: save it in its real format, with the matching extension. Nothing was attached.',
    );
    expect(await refusal('notes.txt', PNG)).toMatch(/named as a text file, but its content is a PNG image/);
    expect(await refusal('notes.txt', Buffer.from([0x00, 0x01, 0x02, 0xff]))).toMatch(/named as a text file, but its content is binary data Vetter does not recognise/);
    expect(await refusal('letter.docx', realDocx([{ name: 'word/vbaProject.bin', data: 'macro' }]))).toMatch(/its content is an Office document with macros, which can run code/);
    expect(await refusal('letter.docx', realPdf())).toMatch(/named as a Word document, but its content is a PDF document/);
    expect(await refusal('sheet.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/old-style Office file or a Windows installer/);
  });

  it('knows a zip archive by the names of its parts, even when the part that gives it away is encrypted', async () => {
    const jar = zip([{ name: 'META-INF/MANIFEST.MF', data: 'Main-Class: A\n' }, { name: 'A.class', data: 'x' }]);
    expect(await refusal('tools.zip', withEncryptedPart(jar, 'A.class'))).toMatch(/its content is an app package or Java program inside a zip archive/);
    const macros = withEncryptedPart(realDocx([{ name: 'word/vbaProject.bin', data: 'macro' }]), 'word/vbaProject.bin');
    expect(await refusal('letter.docx', macros)).toMatch(/its content is an Office document with macros, which can run code/);
    expect(await refusal('letter.zip', macros)).toMatch(/its content is an Office document with macros, which can run code/);
  });

  it('reads the extension as the operating system does: invisible characters and trailing dots do not hide it', async () => {
    expect(nameExtension('invoice\u202Efdp.exe')).toBe('exe');
    expect(nameExtension('report.pdf.exe. . ')).toBe('exe');
    expect(nameExtension('no extension')).toBeNull();
    expect(nameExtension('.hidden')).toBeNull();
    // "invoice‮fdp.exe" shows as "invoiceexe.pdf" but is an .exe.
    expect(await refusal('invoice\u202Efdp.exe', realPdf())).toMatch(/^"invoice\[U\+202E\]fdp\.exe" is a \.exe file/);
    expect(await decideEvidenceType('report.pdf.', realPdf())).toMatchObject({ ok: true, type: { ext: 'pdf' } });
  });

  it('keeps nothing of a refused file: no copy, no record', async () => {
    const before = storedNames().length;
    const rows = db.prepare('SELECT count(*) FROM evidence_files').pluck().get();
    await refusal('setup.exe', PROGRAM);
    expect(storedNames()).toHaveLength(before);
    expect(db.prepare('SELECT count(*) FROM evidence_files').pluck().get()).toBe(rows);
  });

  it('an older copy kept under its own name is opened only as what its content is', async () => {
    const id = '12345678-1234-4234-8234-123456789012';
    const stored = `${id}-${'x'.repeat(80)}.exe`;
    fs.writeFileSync(path.join(dir, 'evidence', vendorId, stored), realPdf());
    db.prepare('INSERT INTO evidence_files (id, vendor_id, criterion_id, file_name, stored_name, sha256, size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      id, vendorId, 'A1', `${'x'.repeat(80)}.exe.pdf`, stored, 'x', 1, 'old', new Date().toISOString(),
    );
    expect(await assessments.stored(id)).toMatchObject({ type: { ext: 'pdf' }, refusal: null });
    const program = '12345678-1234-4234-8234-123456789013';
    fs.writeFileSync(path.join(dir, 'evidence', vendorId, `${program}-tool.exe`), PROGRAM);
    db.prepare('INSERT INTO evidence_files (id, vendor_id, criterion_id, file_name, stored_name, sha256, size, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      program, vendorId, 'A1', 'tool.exe', `${program}-tool.exe`, 'x', 1, 'old', new Date().toISOString(),
    );
    expect(await assessments.stored(program)).toMatchObject({ type: null, refusal: expect.stringMatching(/^"tool\.exe" is a (Windows|Linux|macOS) program/) });
  });
});
