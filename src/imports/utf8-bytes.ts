/** What makes a byte sequence UTF-8, per RFC 3629: checked by hand only where the decoder must say where it broke. */

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

const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/** The bytes at the end that start a UTF-8 sequence the text so far does not finish. */
export function unfinishedUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if (isContinuation(b)) continue;
    const shape = sequenceShape(b);
    return shape && shape.extra + 1 > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}
