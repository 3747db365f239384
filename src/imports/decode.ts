import iconv from 'iconv-lite';

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

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

function invalidUtf8Message(line: number, why: string): string {
  return `Linje ${line} indeholder et tegn, der ikke er gyldigt UTF-8. ${why} ${SAVE_AS_UTF8}`;
}

const WHY_BOM = 'Filen begynder som UTF-8, men er ikke gemt helt som UTF-8.';
const WHY_MIXED = 'Resten af filen er UTF-8, så filen blander to tegnsæt.';
const UTF16_BROKEN = `Filen er gemt som Unicode-tekst (UTF-16), men den er ufuldstændig eller indeholder ugyldige tegn. ${SAVE_AS_UTF8}`;

function undefinedByteMessage(line: number, byte: number): string {
  const hex = byte.toString(16).toUpperCase();
  return (
    `Linje ${line} indeholder et tegn (byte 0x${hex}), som hverken findes i UTF-8 eller Windows-1252. ` +
    `Filen er nok gemt i et andet tegnsæt. ${SAVE_AS_UTF8}`
  );
}

export interface DecodeFailure {
  message: string;
  line?: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** Physical lines of bytes that arrive in pieces (LF, CRLF and a lone CR each end one, as in lineOfByte). */
class ByteLines {
  /** Line breaks before the current piece. */
  private breaks = 0;
  private endedWithCr = false;
  private piece: Uint8Array = new Uint8Array(0);

  next(piece: Uint8Array): void {
    this.breaks += this.breaksIn(this.piece.length);
    this.endedWithCr = this.piece.length > 0 ? this.piece[this.piece.length - 1] === CR : this.endedWithCr;
    this.piece = piece;
  }

  /** Breaks in the current piece before `offset`; an LF that completes a CRLF split between pieces is not one. */
  private breaksIn(offset: number): number {
    const piece = this.piece;
    const end = Math.min(offset, piece.length);
    let n = 0;
    // Line feeds, found natively: a megabyte piece is counted in well under a millisecond.
    for (let i = piece.indexOf(LF); i !== -1 && i < end; i = piece.indexOf(LF, i + 1)) {
      if (!(i === 0 && this.endedWithCr)) n++;
    }
    // A CR not followed by an LF (old Mac files; a CR at the end of a piece counts now, and the LF
    // that may start the next piece then does not).
    for (let i = piece.indexOf(CR); i !== -1 && i < end; i = piece.indexOf(CR, i + 1)) {
      if (i + 1 >= piece.length || piece[i + 1] !== LF) n++;
    }
    return n;
  }

  /** The 1-based line of byte `offset` of the current piece (negative: that many bytes back in the previous piece). */
  lineAt(offset: number): number {
    return 1 + this.breaks + this.breaksIn(Math.max(0, offset));
  }
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/** The bytes at the end that start a UTF-8 sequence the text so far does not finish. */
function unfinishedUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (isContinuation(b)) continue;
    const shape = sequenceShape(b);
    return shape && shape.extra + 1 > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

const NON_ASCII = /[^\u0000-\u007f]/;
const DANISH_LETTERS = /[æøåÆØÅ]/;

// The second byte of æ, ø, å, Æ, Ø, Å in UTF-8, after 0xC3.
const DANISH_SECOND = new Uint8Array(256);
for (const b of [0xa6, 0xb8, 0xa5, 0x86, 0x98, 0x85]) DANISH_SECOND[b] = 1;

/**
 * Bytes to text as they arrive, without guessing silently: a BOM decides; otherwise valid UTF-8 is
 * UTF-8 and anything else must be clean Windows-1252 (what Danish Excel writes for "CSV"). The
 * verdict is the same as decoding the whole file at once (decodeBytes), with one consequence of
 * reading in pieces: a file that turns out not to be UTF-8 after non-ASCII text was already handed
 * on as UTF-8 must be read again from the start as Windows-1252; `push` then answers 'restart', and
 * the reader starts a new decoder with `restartAs1252()`'s options.
 *
 * After a failure every later piece gives '' and `failure` says why.
 */
export class StreamDecoder {
  encoding: Encoding | undefined;
  failure: DecodeFailure | undefined;
  private decoder: TextDecoder | undefined;
  private readonly lines = new ByteLines();
  private started = false;
  private sawNonAscii = false;
  private sawDanishUtf8 = false;
  private lastByte = -1;
  /** Where UTF-8 first broke, for the message about a file that mixes two encodings. */
  private invalidUtf8Line: number | undefined;
  private undefinedByte: DecodeFailure | undefined;
  /** Bytes still needed to finish the UTF-8 sequence the previous piece ended inside. */
  private tail: Uint8Array = new Uint8Array(0);
  /** Bytes of the current piece before what is decoded (the BOM, in the first piece). */
  private shift = 0;

  constructor(private readonly forced?: { windows1252: true; invalidUtf8Line: number }) {
    if (forced) {
      this.encoding = 'windows-1252';
      this.invalidUtf8Line = forced.invalidUtf8Line;
    }
  }

  /** What a new decoder must know to read the file again from the start as Windows-1252. */
  restartAs1252(): { windows1252: true; invalidUtf8Line: number } {
    return { windows1252: true, invalidUtf8Line: this.invalidUtf8Line ?? 1 };
  }

  /** The first bytes, held until there are enough to see a BOM. */
  private held: Uint8Array | undefined;

  push(input: Uint8Array): string | 'restart' {
    if (this.failure) return '';
    let piece = input;
    if (!this.started && !this.forced) {
      piece = this.held ? Uint8Array.from([...this.held, ...input]) : input;
      if (piece.length < 3) {
        this.held = piece;
        return '';
      }
      this.held = undefined;
    }
    return this.decodePiece(piece);
  }

  private decodePiece(piece: Uint8Array): string | 'restart' {
    this.lines.next(piece);
    let bytes = piece;
    this.shift = 0;
    if (!this.started) {
      this.started = true;
      if (!this.forced) bytes = this.start(piece);
      this.shift = piece.length - bytes.length;
    }
    switch (this.encoding) {
      case 'windows-1252':
        return this.windows1252(bytes);
      case 'utf-16le':
      case 'utf-16be':
        return this.strict(bytes, () => ({ message: UTF16_BROKEN }));
      case 'utf-8-bom':
        return this.strict(bytes, (offset) => this.invalidUtf8(offset, WHY_BOM));
      default:
        return this.utf8OrWindows1252(bytes);
    }
  }

  /** The rest of the text, or 'restart' (see push). */
  end(): string | 'restart' {
    if (this.failure) return '';
    if (this.held) {
      const held = this.held;
      this.held = undefined;
      const text = this.decodePiece(held);
      if (text === 'restart') return text;
      const rest = this.end();
      return rest === 'restart' ? rest : text + rest;
    }
    if (!this.started) return '';
    if (this.encoding === 'windows-1252') {
      if (this.sawDanishUtf8) this.fail({ message: invalidUtf8Message(this.invalidUtf8Line ?? 1, WHY_MIXED), line: this.invalidUtf8Line ?? 1 });
      else if (this.undefinedByte) this.fail(this.undefinedByte);
      return '';
    }
    try {
      return this.decoder?.decode() ?? '';
    } catch {
      // The file stops inside a character.
      const line = this.lines.lineAt(Number.MAX_SAFE_INTEGER);
      if (this.encoding === 'utf-16le' || this.encoding === 'utf-16be') this.fail({ message: UTF16_BROKEN });
      else if (this.encoding === 'utf-8-bom') this.fail({ message: invalidUtf8Message(line, WHY_BOM), line });
      else {
        // Without a BOM that makes the whole file Windows-1252, unless it holds UTF-8 letters.
        this.invalidUtf8Line = line;
        if (!this.sawDanishUtf8) return 'restart';
        this.fail({ message: invalidUtf8Message(line, WHY_MIXED), line });
      }
      return '';
    }
  }

  private fail(failure: DecodeFailure): void {
    this.failure ??= failure;
  }

  /** The BOM (or its absence) decides the encoding; returns the bytes after it. */
  private start(piece: Uint8Array): Uint8Array {
    if (piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) {
      this.encoding = 'utf-8-bom';
      this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      return piece.subarray(3);
    }
    if ((piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff)) {
      this.encoding = piece[0] === 0xff ? 'utf-16le' : 'utf-16be';
      this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
      return piece.subarray(2);
    }
    this.encoding = 'utf-8';
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return piece;
  }

  private strict(bytes: Uint8Array, failure: (offsetInPiece: number) => DecodeFailure): string {
    try {
      const text = this.decoder!.decode(bytes, { stream: true });
      this.tail = unfinishedUtf8Tail(this.withTail(bytes));
      return text;
    } catch {
      this.fail(failure(this.invalidOffset(bytes)));
      return '';
    }
  }

  /** The unfinished sequence of the text before, then these bytes (only the last few are needed). */
  private withTail(bytes: Uint8Array): Uint8Array {
    if (this.tail.length === 0) return bytes;
    const head = bytes.subarray(0, 3);
    const joined = new Uint8Array(this.tail.length + head.length);
    joined.set(this.tail);
    joined.set(head, this.tail.length);
    return bytes.length > 3 ? bytes : joined;
  }

  /** Offset in the piece where UTF-8 breaks; negative when an unfinished sequence of the previous piece is to blame. */
  private invalidOffset(bytes: Uint8Array): number {
    const joined = new Uint8Array(this.tail.length + bytes.length);
    joined.set(this.tail);
    joined.set(bytes, this.tail.length);
    const offset = firstInvalidUtf8Offset(joined) - this.tail.length;
    return offset >= bytes.length ? -1 : offset;
  }

  private invalidUtf8(offsetInPiece: number, why: string): DecodeFailure {
    const line = this.lines.lineAt(offsetInPiece + this.shift);
    return { message: invalidUtf8Message(line, why), line };
  }

  /** What valid UTF-8 text so far held: anything beyond ASCII, and æ, ø, å, Æ, Ø or Å in particular. */
  private noteUtf8(text: string): void {
    if (!this.sawNonAscii && NON_ASCII.test(text)) this.sawNonAscii = true;
    if (this.sawNonAscii && !this.sawDanishUtf8 && DANISH_LETTERS.test(text)) this.sawDanishUtf8 = true;
  }

  private utf8OrWindows1252(bytes: Uint8Array): string | 'restart' {
    try {
      const text = this.decoder!.decode(bytes, { stream: true });
      this.noteUtf8(text);
      if (bytes.length) this.lastByte = bytes[bytes.length - 1]!;
      this.tail = unfinishedUtf8Tail(this.withTail(bytes));
      return text;
    } catch {
      const offset = this.invalidOffset(bytes);
      this.invalidUtf8Line = this.lines.lineAt(offset);
      // Nothing but ASCII so far reads the same in Windows-1252: go on from here in it.
      if (!this.sawNonAscii && this.tail.length === 0) {
        this.encoding = 'windows-1252';
        this.decoder = undefined;
        return this.windows1252(bytes);
      }
      if (this.sawDanishUtf8) {
        this.fail({ message: invalidUtf8Message(this.invalidUtf8Line, WHY_MIXED), line: this.invalidUtf8Line });
        return '';
      }
      return 'restart';
    }
  }

  private windows1252(bytes: Uint8Array): string {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (DANISH_SECOND[b] === 1 && (i > 0 ? bytes[i - 1] : this.lastByte) === 0xc3) this.sawDanishUtf8 = true;
      if (UNDEFINED_IN_WINDOWS_1252[b] === 1 && !this.undefinedByte) {
        const line = this.lines.lineAt(i);
        this.undefinedByte = { message: undefinedByteMessage(line, b), line };
      }
    }
    if (bytes.length) this.lastByte = bytes[bytes.length - 1]!;
    return iconv.decode(asBuffer(bytes), 'windows-1252');
  }
}

/** Decodes a whole file in one piece: the text, or why it cannot be read. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  let decoder = new StreamDecoder();
  let text = decoder.push(bytes);
  if (text === 'restart') {
    decoder = new StreamDecoder(decoder.restartAs1252());
    text = decoder.push(bytes) as string;
  }
  let rest = decoder.end();
  if (rest === 'restart') {
    decoder = new StreamDecoder(decoder.restartAs1252());
    text = decoder.push(bytes) as string;
    rest = decoder.end() as string;
  }
  text += rest;
  if (decoder.failure) return { ok: false, ...decoder.failure };
  return { ok: true, text, encoding: decoder.encoding ?? 'utf-8' };
}
