import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ByteSource } from './read-file.js';

/** A file to import: its bytes, readable from the start as often as needed, with its size and SHA-256. */
export interface ImportFile extends ByteSource {
  /** Known once the file has been read to the end once. */
  readonly size: number;
  readonly sha256: string;
  /** Removes what was kept on disk; the file cannot be read afterwards. */
  dispose(): Promise<void>;
}

/** A file held in memory (small files, tests). */
export function fileInMemory(bytes: Uint8Array): ImportFile {
  const PIECE = 1 << 20;
  return {
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    async *read() {
      for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
    },
    dispose: async () => undefined,
  };
}

/**
 * An upload read as its bytes arrive. The first reading takes the bytes from the network and, on
 * the way, writes them to a temporary file and hashes them; a later reading (a file read again with
 * the number format or encoding the whole of it shows) reads that file. Nothing is held in memory
 * beyond the piece at hand. A first reading that stops early still takes in the rest, so the file
 * on disk is whole.
 */
export class SpooledFile implements ImportFile {
  private path: string | undefined;
  private dir: string | undefined;
  private received = false;
  private bytes = 0;
  private digest = '';

  constructor(private readonly incoming: AsyncIterable<Uint8Array>) {}

  get size(): number {
    if (!this.received) throw new Error('SpooledFile: size before the file was read');
    return this.bytes;
  }

  get sha256(): string {
    if (!this.received) throw new Error('SpooledFile: sha256 before the file was read');
    return this.digest;
  }

  read(): AsyncIterable<Uint8Array> {
    if (this.dir === undefined) {
      this.dir = '';
      return this.receive();
    }
    return this.fromDisk();
  }

  private async *receive(): AsyncIterable<Uint8Array> {
    this.dir = await mkdtemp(join(tmpdir(), 'datadialog-upload-'));
    this.path = join(this.dir, 'upload.csv');
    // Written synchronously: a piece goes to the page cache in microseconds, and the reader never
    // waits on the disk between pieces.
    const fd = openSync(this.path, 'w');
    const hash = createHash('sha256');
    const iterator = this.incoming[Symbol.asyncIterator]();
    let finished = false;
    const take = async (piece: Uint8Array) => {
      hash.update(piece);
      this.bytes += piece.length;
      writeSync(fd, piece);
    };
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        await take(next.value);
        yield next.value;
      }
      finished = true;
    } finally {
      try {
        // The reader stopped early: take in the rest, so a second reading has the whole file.
        if (!finished) {
          for (;;) {
            const next = await iterator.next();
            if (next.done) break;
            await take(next.value);
          }
        }
        this.digest = hash.digest('hex');
        this.received = true;
      } finally {
        closeSync(fd);
      }
    }
  }

  private async *fromDisk(): AsyncIterable<Uint8Array> {
    if (!this.received || !this.path) throw new Error('SpooledFile: read again before the first reading ended');
    yield* createReadStream(this.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  }

  async dispose(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
