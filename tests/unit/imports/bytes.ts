import iconv from 'iconv-lite';

/** Test inputs as the bytes a browser would upload. */
export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
export const utf8Bom = (text: string): Uint8Array => new Uint8Array(Buffer.from('\uFEFF' + text, 'utf8'));
export const windows1252 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'windows-1252'));
export const utf16le = (text: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
export const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]));
};
export const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
