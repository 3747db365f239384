/** Bytes that can be read from the start, more than once: a file in memory, a spooled upload, a stored upload. */
export interface ByteSource {
  read(): AsyncIterable<Uint8Array>;
}

/** Pieces a file in memory is read in; an upload's own pieces are used as they come. */
export const PIECE_BYTES = 1 << 20;

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    async *read() {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
    },
  };
}

// What the file's first bytes must show before anything is decoded: what kind of file it is.
export const HEAD_BYTES = 64 * 1024 + 1;

export const concat = (pieces: readonly Uint8Array[]): Uint8Array => (pieces.length === 1 ? pieces[0]! : pieces.length === 0 ? new Uint8Array(0) : Buffer.concat(pieces));
