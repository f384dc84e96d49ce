import { describe, expect, it } from 'vitest';
import { safeFileName, sniffMediaType } from '../../src/core/discussion/media-type';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a80000000049454e44ae426082',
  'hex',
);
const ZIP = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000000000', 'hex');

describe('what an attachment is, from its bytes', () => {
  it('reads binary formats by their signature, whatever the name says', async () => {
    expect(await sniffMediaType(PNG, 'scan.pdf')).toEqual({ accepted: true, mediaType: 'image/png' });
    expect(await sniffMediaType(Buffer.from('%PDF-1.7\n%%EOF\n'), 'x.txt')).toEqual({
      accepted: true,
      mediaType: 'application/pdf',
    });
  });

  it('refuses what is not on the list, saying what it is', async () => {
    const zip = await sniffMediaType(ZIP, 'specs.docx');
    expect(zip.accepted).toBe(false);
    expect(await sniffMediaType(Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 7]), 'data.bin')).toEqual({
      accepted: false,
      found: 'an unrecognised binary file',
    });
  });

  it('takes UTF-8 text as text, CSV by its name, and refuses text with control characters', async () => {
    expect(await sniffMediaType(Buffer.from('Menge;Preis\n3;2,50 €\n'), 'preise.csv')).toEqual({
      accepted: true,
      mediaType: 'text/csv',
    });
    expect(await sniffMediaType(Buffer.from('<script>alert(1)</script>'), 'note.html')).toEqual({
      accepted: true,
      mediaType: 'text/plain',
    });
    expect(
      await sniffMediaType(Buffer.from('From: a@b.example\nSubject: Quote\n\nHello'), 'quote.eml'),
    ).toEqual({
      accepted: true,
      mediaType: 'message/rfc822',
    });
    expect((await sniffMediaType(Buffer.from('abc\u0001def'), 'a.txt')).accepted).toBe(false);
    expect((await sniffMediaType(Buffer.from([0xc3, 0x28]), 'a.txt')).accepted).toBe(false);
  });

  it('keeps a name without folders or control characters, with an extension that matches the bytes', () => {
    expect(safeFileName('C:\\Users\\bea\\Quote 4711.PDF', 'application/pdf')).toBe('Quote 4711.PDF');
    expect(safeFileName('../../quote.exe', 'application/pdf')).toBe('quote.exe.pdf');
    expect(safeFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(safeFileName('re\u0000port\n.txt', 'text/plain')).toBe('report.txt');
    expect(safeFileName('', 'text/csv')).toBe('attachment.csv');
    expect(safeFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf')).toHaveLength(204);
  });
});
