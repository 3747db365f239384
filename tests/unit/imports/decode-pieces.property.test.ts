import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, StreamDecoder, type DecodeResult } from '../../../src/imports/decode.js';

/** What a reader does with a file that arrives in pieces: decode each, and start again when told to. */
function decodeInPieces(pieces: Uint8Array[]): DecodeResult {
  let decoder = new StreamDecoder();
  let text = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    text = '';
    let restart = false;
    for (const piece of pieces) {
      const out = decoder.push(piece);
      if (out === 'restart') {
        restart = true;
        break;
      }
      text += out;
    }
    if (!restart) {
      const rest = decoder.end();
      if (rest !== 'restart') {
        text += rest;
        break;
      }
    }
    decoder = new StreamDecoder(decoder.restartAs1252());
  }
  if (decoder.failure) return { ok: false, ...decoder.failure };
  return { ok: true, text, encoding: decoder.encoding ?? 'utf-8' };
}

const parts: number[][] = [[0x61], [0x3b], [0x0a], [0x0d], [0x0d, 0x0a], [0xc3, 0xa6], [0xe6], [0x81], [0xe2, 0x80, 0x93], [0x96], [0xc3], [0xa6], [0xff, 0xfe], [0xe0, 0x80], [0xf0, 0x9f, 0x98, 0x80]];
const boms: number[][] = [[], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

describe('a file decoded in pieces, as an upload arrives', () => {
  it('gives the same text or the same refusal as the whole file, wherever the pieces are cut', () => {
    const file = fc
      .tuple(fc.constantFrom(...boms), fc.array(fc.constantFrom(...parts), { maxLength: 30 }))
      .map(([bom, body]) => Uint8Array.from([...bom, ...body.flat()]));
    fc.assert(
      fc.property(file, fc.array(fc.nat(60), { maxLength: 5 }), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
        const pieces: Uint8Array[] = [];
        let at = 0;
        for (const p of [...points, bytes.length]) {
          pieces.push(bytes.subarray(at, p));
          at = p;
        }
        expect(decodeInPieces(pieces)).toEqual(decodeBytes(bytes));
      }),
      { numRuns: 4000 },
    );
  });
});
