import { describe, expect, it } from 'vitest';

import {
  buildZip,
  paddedPdf,
  sampleDoc,
  sampleDocx,
  sampleExecutable,
  sampleHtml,
  sampleOdt,
  samplePdf,
  samplePlainZip,
  samplePng,
  sampleRtf,
  sampleText,
} from '@/tests/support/resume-samples';

import {
  checkResume,
  cleanResumeFileName,
  detectResumeFormat,
  RESUME_MAX_BYTES,
  RESUME_MESSAGES,
} from './resume-file';

describe('detectResumeFormat', () => {
  it.each([
    ['pdf', samplePdf()],
    ['doc', sampleDoc()],
    ['docx', sampleDocx()],
    ['odt', sampleOdt()],
    ['rtf', sampleRtf()],
    ['txt', sampleText()],
    ['txt', Buffer.from('\ufeffJosé Núñez – 李雷\r\nCV\f', 'utf8')],
  ])('recognises a %s by its bytes', (format, bytes) => {
    expect(detectResumeFormat(bytes)).toBe(format);
  });

  it.each([
    ['a Windows executable', sampleExecutable()],
    ['an ELF executable', Buffer.from('\u007fELF\u0002\u0001\u0001\u0000', 'latin1')],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf ~\n')],
    ['a web page', sampleHtml()],
    ['a web page after blank lines', Buffer.from('\n\n  <html><body>x</body></html>')],
    ['an SVG image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PNG image', samplePng()],
    ['a ZIP of other files', samplePlainZip()],
    ['a ZIP whose mimetype names a spreadsheet', odfWithMimetype('spreadsheet')],
    ['an OLE2 file that is no Word document', Buffer.from(sampleDoc().subarray(0, 512))],
    ['text with a NUL byte', Buffer.from('Ada\u0000Lovelace')],
    ['invalid UTF-8', Buffer.from([0x41, 0xc3, 0x28, 0x42])],
    ['a GIF image', Buffer.from('GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000', 'latin1')],
  ])('refuses %s', (_case, bytes) => {
    expect(detectResumeFormat(bytes)).toBeNull();
  });

  it('refuses a DOCX whose central directory is cut off', () => {
    const docx = sampleDocx();
    expect(detectResumeFormat(docx.subarray(0, docx.length - 30))).toBeNull();
  });
});

function odfWithMimetype(kind: string): Buffer {
  return buildZip([
    { name: 'mimetype', content: `application/vnd.oasis.opendocument.${kind}`, isStored: true },
    { name: 'content.xml', content: '<x/>' },
  ]);
}

describe('cleanResumeFileName', () => {
  it('keeps an ordinary name, extension included', () => {
    expect(cleanResumeFileName('Ada Lovelace CV.pdf', 'pdf')).toBe('Ada Lovelace CV.pdf');
  });

  it('gives the extension of the type the bytes show, whatever the name said', () => {
    expect(cleanResumeFileName('resume.pdf', 'docx')).toBe('resume.docx');
    expect(cleanResumeFileName('resume', 'txt')).toBe('resume.txt');
    expect(cleanResumeFileName('cv.v2.final.PDF', 'pdf')).toBe('cv.v2.final.pdf');
  });

  it.each([
    ['a Unix path', '../../etc/passwd.txt', 'passwd.txt'],
    ['a Windows path', 'C:\\Users\\ada\\Documents\\cv.pdf', 'cv.pdf'],
    ['a mixed path', 'a/b\\c/cv.pdf', 'cv.pdf'],
    ['only a directory', 'uploads/', 'resume.pdf'],
  ])('drops %s', (_case, name, cleaned) => {
    expect(cleanResumeFileName(name, name.endsWith('.txt') ? 'txt' : 'pdf')).toBe(cleaned);
  });

  it('removes control and bidi characters, so exe.pdf cannot pose as fdp.exe', () => {
    expect(cleanResumeFileName('cv\u0000\u0007\r\n.pdf', 'pdf')).toBe('cv.pdf');
    expect(cleanResumeFileName('resume\u202efdp.exe', 'pdf')).toBe('resumefdp.pdf');
    expect(cleanResumeFileName('a\u2066b\u2069\u200f.pdf', 'pdf')).toBe('ab.pdf');
  });

  it('composes the name (NFC) and replaces characters file systems refuse', () => {
    expect(cleanResumeFileName('Jose\u0301 Nu\u0301n\u0303ez.pdf', 'pdf')).toBe('José Núñez.pdf');
    expect(cleanResumeFileName('cv: "final" <2>?.pdf', 'pdf')).toBe('cv_ _final_ _2__.pdf');
  });

  it('cuts a long name to 100 characters, keeping the extension and whole characters', () => {
    const cleaned = cleanResumeFileName(`${'a'.repeat(200)}.pdf`, 'pdf');
    expect(cleaned).toBe(`${'a'.repeat(96)}.pdf`);
    const emoji = cleanResumeFileName(`${'😀'.repeat(80)}.docx`, 'docx');
    expect(emoji.length).toBeLessThanOrEqual(100);
    expect(emoji).toBe(`${'😀'.repeat(47)}.docx`);
  });

  it('names a file whose name is nothing but invisible characters "resume"', () => {
    expect(cleanResumeFileName('\u202e\u0000.pdf', 'pdf')).toBe('resume.pdf');
    expect(cleanResumeFileName('', 'odt')).toBe('resume.odt');
  });
});

describe('checkResume', () => {
  it('answers the file with its cleaned name, format and media type', () => {
    const bytes = sampleOdt();
    expect(checkResume(bytes, 'cv.zip')).toEqual({
      ok: true,
      resume: {
        fileName: 'cv.odt',
        format: 'odt',
        mediaType: 'application/vnd.oasis.opendocument.text',
        bytes,
      },
    });
  });

  it.each([
    ['a Unix path', '../../etc/cv.pdf', RESUME_MESSAGES.nameWithPath],
    ['a Windows path', 'C:\\Users\\ada\\cv.pdf', RESUME_MESSAGES.nameWithPath],
    ['control characters', 'cv\u0000\u001b[31m.pdf', RESUME_MESSAGES.nameWithControls],
    ['a bidi override', 'resume\u202efdp.exe.pdf', RESUME_MESSAGES.nameWithControls],
    ['200 characters', `${'a'.repeat(196)}.pdf`, RESUME_MESSAGES.nameTooLong],
  ])('refuses a file name with %s, naming the problem', (_case, name, message) => {
    expect(checkResume(samplePdf(), name)).toEqual({ ok: false, message });
  });

  it('takes a name of exactly 100 characters as it is', () => {
    const name = `${'a'.repeat(96)}.pdf`;
    expect(checkResume(samplePdf(), name)).toMatchObject({ ok: true, resume: { fileName: name } });
  });

  it('refuses an empty file', () => {
    expect(checkResume(new Uint8Array(0), 'cv.pdf')).toEqual({
      ok: false,
      message: RESUME_MESSAGES.empty,
    });
  });

  it('takes exactly 5 MB and refuses one byte more', () => {
    expect(checkResume(paddedPdf(RESUME_MAX_BYTES), 'cv.pdf').ok).toBe(true);
    expect(checkResume(paddedPdf(RESUME_MAX_BYTES + 1), 'cv.pdf')).toEqual({
      ok: false,
      message: RESUME_MESSAGES.tooLarge,
    });
  });

  it('refuses an executable and a web page called resume.pdf, saying what it accepts', () => {
    for (const bytes of [sampleExecutable(), sampleHtml()]) {
      expect(checkResume(bytes, 'resume.pdf')).toEqual({
        ok: false,
        message: RESUME_MESSAGES.unknownType,
      });
    }
    expect(RESUME_MESSAGES.unknownType).toMatch(/PDF.*DOC.*DOCX.*ODT.*RTF.*text/);
  });
});

describe('the test samples', () => {
  it('make a padded PDF of the exact size, distinct per seed', () => {
    const one = paddedPdf(10_000, 1);
    const two = paddedPdf(10_000, 2);
    expect(one.length).toBe(10_000);
    expect(two.length).toBe(10_000);
    expect(one.equals(two)).toBe(false);
    expect(one.toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
  });
});
