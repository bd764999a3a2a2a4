/**
 * Small but real resume files, built in code for the tests: a minimal PDF, a DOCX and an ODT
 * written by a tiny ZIP writer (entries deflated with node:zlib, the ODT's `mimetype` stored
 * first as ODF requires), an RTF, a text file and an OLE2 (Word 97) header. Plus what must be
 * refused: an executable, a web page, a plain ZIP, an image.
 * @module
 */
import { crc32, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  content: string | Uint8Array;
  /** Stored uncompressed (ODF's mimetype); deflated otherwise. */
  isStored?: boolean;
}

/** A ZIP archive of `entries`, in order, with its central directory. */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = Buffer.from(entry.content);
    const data = entry.isStored ? raw : deflateRawSync(raw);
    const method = entry.isStored ? 0 : 8;
    const crc = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A one-page PDF whose page says `line`, with a correct cross-reference table. `filler`, when
 * given, is a comment line after the header (to make a file of a chosen size).
 */
export function samplePdf(line = 'Ada Lovelace, analyst', filler = ''): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = filler ? `%PDF-1.4\n%${filler}\n` : '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A minimal WordprocessingML document with one paragraph. */
export function sampleDocx(line = 'Ada Lovelace, analyst'): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const document =
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body><w:p><w:r><w:t>${line}</w:t></w:r></w:p></w:body></w:document>`;
  return buildZip([
    { name: '[Content_Types].xml', content: types },
    { name: '_rels/.rels', content: rels },
    { name: 'word/document.xml', content: document },
  ]);
}

/** A minimal OpenDocument text: `mimetype` first and stored, then the manifest and content. */
export function sampleOdt(line = 'Ada Lovelace, analyst'): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
    `<office:body><office:text><text:p>${line}</text:p></office:text></office:body></office:document-content>`;
  return buildZip([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', isStored: true },
    { name: 'META-INF/manifest.xml', content: manifest },
    { name: 'content.xml', content },
  ]);
}

export function sampleRtf(line = 'Ada Lovelace, analyst'): Buffer {
  return Buffer.from(
    `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0 ${line}\\par}`,
    'latin1',
  );
}

export function sampleText(line = 'Ada Lovelace, analyst'): Buffer {
  return Buffer.from(`${line}\nExperience:\n\t- Analytical Engine, 1843\n`, 'utf8');
}

/**
 * The start of a Word 97-2003 file: the OLE2 header, then a directory sector naming the
 * WordDocument stream. Enough for a check by the bytes, not for Word to open.
 */
export function sampleDoc(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const directory = Buffer.alloc(512);
  Buffer.from('Root Entry', 'utf16le').copy(directory, 0);
  Buffer.from('WordDocument', 'utf16le').copy(directory, 128);
  return Buffer.concat([header, directory]);
}

/** The first bytes of a Windows executable (MZ header and PE signature). */
export function sampleExecutable(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  return bytes;
}

export function sampleHtml(): Buffer {
  return Buffer.from(
    '<!doctype html>\n<html><body><script>alert(1)</script><p>Resume</p></body></html>\n',
  );
}

export function samplePng(): Buffer {
  return Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
}

/** A ZIP that is neither DOCX nor ODT. */
export function samplePlainZip(): Buffer {
  return buildZip([{ name: 'resume.pdf', content: samplePdf() }]);
}

/**
 * A valid PDF of exactly `size` bytes, distinct for every `seed`: a comment of letters drawn
 * from the seed pads it.
 */
export function paddedPdf(size: number, seed = 0): Buffer {
  const line = `Applicant ${seed}`;
  let state = (seed * 2654435761 + 1) >>> 0;
  const letters = (length: number) => {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      state = (state * 1103515245 + 12345) >>> 0;
      text += String.fromCharCode(0x41 + ((state >>> 16) % 26));
    }
    return text;
  };
  let filler = letters(Math.max(1, size - samplePdf(line).length - 2));
  // The startxref offset may gain a digit as the file grows: adjust once more if so.
  for (let round = 0; round < 3; round += 1) {
    const difference = size - samplePdf(line, filler).length;
    if (difference === 0) return samplePdf(line, filler);
    filler = difference > 0 ? filler + letters(difference) : filler.slice(0, difference);
  }
  throw new Error(`no PDF of exactly ${size} bytes`);
}
