import { describe, expect, it } from 'vitest';
import { ENCODING_LABELS, decodeBytes, firstInvalidUtf8Offset, type DecodeResult } from '../../../src/imports/decode.js';
import { bytes, utf16be, utf16le, utf8, utf8Bom, windows1252 } from './bytes.js';

function text(result: DecodeResult): string {
  if (!result.ok) throw new Error(`expected text, got: ${result.message}`);
  return result.text;
}

const DANISH = 'Indikator;Værdi\r\nForældretilfredshed – børn og unge “gode” €;7,7\r\nÆØÅ æøå';

describe('decodeBytes', () => {
  it.each([
    { name: 'UTF-8 with BOM', input: utf8Bom(DANISH), encoding: 'utf-8-bom' },
    { name: 'UTF-8 without BOM', input: utf8(DANISH), encoding: 'utf-8' },
    { name: 'Windows-1252, including €, – and curly quotes from 0x80–0x9F', input: windows1252(DANISH), encoding: 'windows-1252' },
    { name: 'UTF-16 LE with BOM', input: utf16le(DANISH), encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', input: utf16be(DANISH), encoding: 'utf-16be' },
  ])('reads $name with æøå intact', ({ input, encoding }) => {
    const result = decodeBytes(input);
    expect(result).toEqual({ ok: true, text: DANISH, encoding });
  });

  it('strips the BOM so the first header is "Indikator", not "\\uFEFFIndikator"', () => {
    expect(text(decodeBytes(utf8Bom('Indikator')))).toBe('Indikator');
    expect(text(decodeBytes(utf16le('Indikator')))).toBe('Indikator');
  });

  it('keeps a second BOM-like character that is part of the data', () => {
    expect(text(decodeBytes(utf8Bom('\uFEFFx')))).toBe('\uFEFFx');
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('a;b\r\n1;2'))).toEqual({ ok: true, text: 'a;b\r\n1;2', encoding: 'utf-8' });
  });

  it.each([
    { hex: '81', line: 3 },
    { hex: '8D', line: 2 },
    { hex: '8F', line: 1 },
    { hex: '90', line: 4 },
    { hex: '9D', line: 2 },
  ])('refuses Windows-1252 byte 0x$hex that has no character, naming line $line', ({ hex, line }) => {
    const byte = parseInt(hex, 16);
    const lines = ['Kvartal;Værdi', '2021K1;1', '2021K2;2', '2021K3;3'].map((l) => windows1252(l));
    const target = lines[line - 1] ?? new Uint8Array();
    lines[line - 1] = new Uint8Array([...target.subarray(0, 3), byte, ...target.subarray(3)]);
    const input = bytes(...lines.flatMap((l, i) => (i === 0 ? [[...l]] : [[0x0d, 0x0a], [...l]])));
    const result = decodeBytes(input);
    expect(result).toEqual({
      ok: false,
      line,
      message:
        `Linje ${line} indeholder et tegn (byte 0x${hex}), som hverken findes i UTF-8 eller Windows-1252. ` +
        'Filen er nok gemt i et andet tegnsæt. Gem filen igen fra Excel som „CSV UTF-8 (kommasepareret)“, og prøv igen.',
    });
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('refuses a UTF-8 file with one Windows-1252 line instead of turning every æ into Ã¦', () => {
    const input = bytes([...utf8('Indikator;Værdi\nSygefravær;1\n')], [...windows1252('Tilfredshed på område;2\n')]);
    expect(decodeBytes(input)).toEqual({
      ok: false,
      line: 3,
      message:
        'Linje 3 indeholder et tegn, der ikke er gyldigt UTF-8. Resten af filen er UTF-8, så filen blander to tegnsæt. ' +
        'Gem filen igen fra Excel som „CSV UTF-8 (kommasepareret)“, og prøv igen.',
    });
  });

  it('refuses a file marked UTF-8 by its BOM that is not UTF-8 throughout, naming the line', () => {
    const input = bytes([0xef, 0xbb, 0xbf], [...utf8('a;b\r\n1;2\r\n')], [...windows1252('ø;3')]);
    const result = decodeBytes(input);
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(result.ok ? '' : result.message).toMatch(/^Linje 3 indeholder et tegn, der ikke er gyldigt UTF-8\. Filen begynder som UTF-8/);
  });

  it('refuses a UTF-16 file that stops in the middle of a character', () => {
    const input = bytes([...utf16le('a\tb')], [0x41]);
    expect(decodeBytes(input)).toEqual({
      ok: false,
      message:
        'Filen er gemt som Unicode-tekst (UTF-16), men den er ufuldstændig eller indeholder ugyldige tegn. ' +
        'Gem filen igen fra Excel som „CSV UTF-8 (kommasepareret)“, og prøv igen.',
    });
  });

  it('has a Danish label for every encoding', () => {
    expect(ENCODING_LABELS['utf-8-bom']).toBe('UTF-8 med BOM (Excel „CSV UTF-8“)');
    expect(ENCODING_LABELS['windows-1252']).toBe('Windows-1252 (Excel „CSV (semikolonsepareret)“)');
    expect(ENCODING_LABELS['utf-16le']).toBe('UTF-16 LE (Excel „Unicode-tekst“)');
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    { name: 'a lone continuation byte', input: [0x61, 0x80], offset: 1 },
    { name: 'a Windows-1252 ø', input: [0x61, 0x62, 0xf8, 0x61], offset: 2 },
    { name: 'a truncated two-byte sequence', input: [0xc3], offset: 0 },
    { name: 'an overlong slash', input: [0x61, 0xc0, 0xaf], offset: 1 },
    { name: 'an overlong three-byte form', input: [0xe0, 0x80, 0xaf], offset: 0 },
    { name: 'a UTF-16 surrogate', input: [0x61, 0xed, 0xa0, 0x80], offset: 1 },
    { name: 'a code point above U+10FFFF', input: [0xf4, 0x90, 0x80, 0x80], offset: 0 },
    { name: 'nothing wrong', input: [0xc3, 0xa6, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], offset: 9 },
  ])('points at $name', ({ input, offset }) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(input))).toBe(offset);
  });
});
