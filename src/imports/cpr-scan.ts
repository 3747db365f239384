import { findCprMatch } from '../shared/cpr.js';

/** Physical lines of text that arrives in pieces (as countLineBreaks counts them in one string). */
export class TextLines {
  private breaks = 0;
  private endedWithCr = false;
  private piece = '';

  next(piece: string): void {
    this.breaks += this.breaksIn(this.piece.length);
    if (this.piece.length) this.endedWithCr = this.piece.charCodeAt(this.piece.length - 1) === 0x0d;
    this.piece = piece;
  }

  private breaksIn(offset: number): number {
    const text = this.piece;
    const end = Math.min(offset, text.length);
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) if (!(i === 0 && this.endedWithCr)) n++;
    for (let i = text.indexOf('\r'); i !== -1 && i < end; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) n++;
    return n;
  }

  lineAt(offset: number): number {
    return 1 + this.breaks + this.breaksIn(offset);
  }
}

/** Looks for a CPR-like number in text that arrives in pieces, with the same verdict as in one string. */
export class CprScan {
  /** The end of the text before, kept so a number split between two pieces is seen whole. */
  private carry = '';
  private readonly lines = new TextLines();
  /** Line of the first CPR-like number. */
  line: number | undefined;

  scan(input: string, final: boolean): void {
    if (this.line !== undefined) return;
    // NUL bytes are dropped, so UTF-16 text without a byte-order mark cannot hide digits between them.
    const piece = input.includes('\0') ? input.replaceAll('\0', '') : input;
    this.lines.next(piece);
    const text = this.carry + piece;
    // A number that starts at 0 was judged with its true neighbour before (the carry is longer than any number).
    const from = this.carry ? 1 : 0;
    const match = findCprMatch(text, from);
    // One that ends at the end of the piece may go on in the next one: it is judged then.
    if (match && (final || match.end < text.length)) this.line = this.lines.lineAt(match.index - this.carry.length);
    else this.carry = text.slice(-16);
  }
}
