import { describe, expect, it } from 'vitest';
import { sniffNonCsv } from '../../../src/imports/file-sniffer.js';
import { bytes, utf16le, utf8, utf8Bom, windows1252 } from './bytes.js';

const SAVE_AS = 'vælg Filer › Gem som, og vælg „CSV UTF-8 (kommasepareret)“ eller „CSV (semikolonsepareret)“.';

describe('sniffNonCsv', () => {
  it.each([
    { name: 'a PNG image', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), kind: 'et billede (PNG)' },
    { name: 'a JPEG image', input: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), kind: 'et billede (JPEG)' },
    { name: 'a GIF image', input: bytes('GIF89a', [1, 0, 1, 0]), kind: 'et billede (GIF)' },
    { name: 'a PDF', input: bytes('%PDF-1.7\n%âãÏÓ\n'), kind: 'et PDF-dokument' },
    {
      name: 'an .xlsx workbook',
      input: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], '[Content_Types].xml', [0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'),
      kind: 'en Excel-projektmappe (.xlsx)',
    },
    {
      name: 'a .docx document',
      input: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], '[Content_Types].xml', 'word/document.xml'),
      kind: 'et Word-dokument (.docx)',
    },
    {
      name: 'an .ods spreadsheet',
      input: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      kind: 'et OpenDocument-regneark (.ods)',
    },
    { name: 'a plain zip archive', input: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], 'data/tal.csv'), kind: 'en komprimeret mappe (.zip)' },
    {
      name: 'an old .xls workbook',
      input: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], Buffer.from('Workbook', 'utf16le').toString('latin1')),
      kind: 'en ældre Excel-projektmappe (.xls)',
    },
    {
      name: 'an old .doc document',
      input: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], Buffer.from('WordDocument', 'utf16le').toString('latin1')),
      kind: 'et ældre Word-dokument (.doc)',
    },
    { name: 'a web page saved as .csv', input: utf8('<!DOCTYPE html>\n<html><body><table>'), kind: 'en webside (HTML)' },
    { name: 'an XML spreadsheet', input: utf8Bom('<?xml version="1.0"?>\n<Workbook>'), kind: 'en XML-fil' },
  ])('names $name as not a CSV file', ({ input, kind }) => {
    expect(sniffNonCsv(input)).toMatch(new RegExp(`^Filen ser ud til at være ${kind.replace(/[().]/g, '\\$&')}, ikke en CSV-fil\\.`));
  });

  it('tells how to save an .xlsx workbook as CSV from Excel', () => {
    expect(sniffNonCsv(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/worksheets/sheet1.xml'))).toBe(
      `Filen ser ud til at være en Excel-projektmappe (.xlsx), ikke en CSV-fil. Åbn den i Excel, ${SAVE_AS}`,
    );
  });

  it('asks for the numbers instead of an image, since an image cannot be saved as CSV', () => {
    expect(sniffNonCsv(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toContain('Upload i stedet selve tallene');
  });

  it('refuses a file with NUL bytes in the first 8 KB as binary', () => {
    expect(sniffNonCsv(bytes('Indikator;Kvartal\r\n', [0, 0, 1, 2], 'abc'))).toMatch(/^Filen indeholder binære data og er ikke en CSV-fil\./);
  });

  it('looks for NUL bytes only in the first 8 KB', () => {
    expect(sniffNonCsv(bytes('a;b\n'.repeat(2100), [0]))).toBeUndefined();
  });

  it.each([
    { name: 'UTF-8 with BOM', input: utf8Bom('Indikator;Kvartal;Værdi\r\nSygefravær;2024K1;7,7\r\n') },
    { name: 'UTF-8 without BOM', input: utf8('indicator,period,value\n"Andel i job",2019-Q1,0.319\n') },
    { name: 'Windows-1252', input: windows1252('Kvartal;Ventetid på plads (dage)\r\n2021K1;21\r\n') },
    { name: 'UTF-16 LE with BOM, whose NUL bytes are normal', input: utf16le('Indikator\tKvartal\tVærdi\r\n') },
    { name: 'an empty file', input: new Uint8Array(0) },
  ])('lets $name through as possible CSV', ({ input }) => {
    expect(sniffNonCsv(input)).toBeUndefined();
  });
});
