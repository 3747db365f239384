import iconv from 'iconv-lite';
import { lineOfByte } from './line-breaks.js';

export type Encoding = 'utf-8-bom' | 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8-bom': 'UTF-8 med BOM (Excel „CSV UTF-8“)',
  'utf-8': 'UTF-8 uden BOM',
  'windows-1252': 'Windows-1252 (Excel „CSV (semikolonsepareret)“)',
  'utf-16le': 'UTF-16 LE (Excel „Unicode-tekst“)',
  'utf-16be': 'UTF-16 BE (Unicode-tekst)',
};

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; message: string; line?: number };

const SAVE_AS_UTF8 = 'Gem filen igen fra Excel som „CSV UTF-8 (kommasepareret)“, og prøv igen.';

// These five bytes have no character in Windows-1252; decoders turn them into U+FFFD silently.
const UNDEFINED_IN_WINDOWS_1252 = new Uint8Array(256);
for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) UNDEFINED_IN_WINDOWS_1252[b] = 1;

// UTF-8 encodings of æ, ø, å, Æ, Ø, Å: if they sit next to invalid bytes, the file mixes
// encodings, and reading it as Windows-1252 would silently turn every "æ" into "Ã¦".
const UTF8_DANISH_LETTERS: readonly Buffer[] = [0xa6, 0xb8, 0xa5, 0x86, 0x98, 0x85].map((b) => Buffer.from([0xc3, b]));

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function strictDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps the decoder from stripping a BOM we have already removed ourselves.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Per lead byte: how many continuation bytes follow and the allowed range of the first one,
// which is what rules out overlong forms and UTF-16 surrogates (RFC 3629, table 3-7).
function sequenceShape(lead: number): { extra: number; min: number; max: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { extra: 1, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { extra: 2, min: 0xa0, max: 0xbf };
  if (lead === 0xed) return { extra: 2, min: 0x80, max: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { extra: 2, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { extra: 3, min: 0x90, max: 0xbf };
  if (lead === 0xf4) return { extra: 3, min: 0x80, max: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { extra: 3, min: 0x80, max: 0xbf };
  return undefined;
}

/** Offset of the first byte that breaks UTF-8; only called once strict decoding has failed. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < shape.min || second > shape.max) return i;
    for (let k = 2; k <= shape.extra; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return i;
    }
    i += shape.extra + 1;
  }
  return bytes.length;
}

function invalidUtf8(bytes: Uint8Array, offset: number, why: string): DecodeResult {
  const line = lineOfByte(bytes, offset);
  return { ok: false, line, message: `Linje ${line} indeholder et tegn, der ikke er gyldigt UTF-8. ${why} ${SAVE_AS_UTF8}` };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const text = strictDecode(encoding, bytes.subarray(2));
  if (text === undefined) {
    return {
      ok: false,
      message: `Filen er gemt som Unicode-tekst (UTF-16), men den er ufuldstændig eller indeholder ugyldige tegn. ${SAVE_AS_UTF8}`,
    };
  }
  return { ok: true, text, encoding };
}

function decodeWindows1252(bytes: Uint8Array): DecodeResult {
  const buffer = asBuffer(bytes);
  if (UTF8_DANISH_LETTERS.some((letters) => buffer.includes(letters))) {
    return invalidUtf8(bytes, firstInvalidUtf8Offset(bytes), 'Resten af filen er UTF-8, så filen blander to tegnsæt.');
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (UNDEFINED_IN_WINDOWS_1252[b] === 1) {
      const line = lineOfByte(bytes, i);
      const hex = b.toString(16).toUpperCase();
      return {
        ok: false,
        line,
        message:
          `Linje ${line} indeholder et tegn (byte 0x${hex}), som hverken findes i UTF-8 eller Windows-1252. ` +
          `Filen er nok gemt i et andet tegnsæt. ${SAVE_AS_UTF8}`,
      };
    }
  }
  return { ok: true, text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * Bytes to text without guessing silently: a BOM decides; otherwise valid UTF-8 is UTF-8
 * and anything else must be clean Windows-1252 (what Danish Excel writes for "CSV").
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const text = strictDecode('utf-8', body);
    if (text === undefined) {
      // Line numbers count from the file start, so the offset is shifted back past the BOM.
      return invalidUtf8(bytes, firstInvalidUtf8Offset(body) + 3, 'Filen begynder som UTF-8, men er ikke gemt helt som UTF-8.');
    }
    return { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const text = strictDecode('utf-8', bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  return decodeWindows1252(bytes);
}
