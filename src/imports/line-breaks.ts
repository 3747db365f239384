const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts physical line breaks in text[from, to): LF, CRLF and a lone CR each count once,
 * as in a text editor. A CR is not counted when an LF follows it, even past `to`, so that
 * counting consecutive ranges never counts one CRLF twice.
 */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** The 1-based physical line that byte `offset` is on, for single-byte-newline encodings. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === LF) line++;
    else if (b === CR && bytes[i + 1] !== LF) line++;
  }
  return line;
}
