const SAVE_AS_CSV =
  'Åbn den i Excel, vælg Filer › Gem som, og vælg „CSV UTF-8 (kommasepareret)“ eller „CSV (semikolonsepareret)“.';

// Images and PDFs cannot be turned into CSV by saving them again, so they get their own advice.
const EXPORT_THE_DATA =
  'Upload i stedet selve tallene: åbn regnearket med tallene i Excel, vælg Filer › Gem som, og vælg „CSV UTF-8 (kommasepareret)“ eller „CSV (semikolonsepareret)“.';

const NUL_SCAN_BYTES = 8192;

function notCsv(kind: string, advice: string): string {
  return `Filen ser ud til at være ${kind}, ikke en CSV-fil. ${advice}`;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Office files are ZIP archives whose member names (stored uncompressed) reveal the program.
function describeZip(bytes: Uint8Array): string {
  const buffer = asBuffer(bytes);
  if (buffer.includes('xl/')) return notCsv('en Excel-projektmappe (.xlsx)', SAVE_AS_CSV);
  if (buffer.includes('opendocument.spreadsheet')) return notCsv('et OpenDocument-regneark (.ods)', SAVE_AS_CSV);
  if (buffer.includes('word/')) {
    return notCsv('et Word-dokument (.docx)', 'Læg tallene i et Excel-regneark, og gem det som CSV. ' + SAVE_AS_CSV);
  }
  if (buffer.includes('ppt/')) {
    return notCsv('en PowerPoint-præsentation (.pptx)', EXPORT_THE_DATA);
  }
  return notCsv('en komprimeret mappe (.zip)', 'Pak den ud, og upload CSV-filen, der ligger i den.');
}

// Old Office files share one container format; the stream names are UTF-16 inside it.
function describeCompoundFile(bytes: Uint8Array): string {
  const buffer = asBuffer(bytes);
  if (buffer.includes(Buffer.from('WordDocument', 'utf16le'))) {
    return notCsv('et ældre Word-dokument (.doc)', 'Læg tallene i et Excel-regneark, og gem det som CSV. ' + SAVE_AS_CSV);
  }
  return notCsv('en ældre Excel-projektmappe (.xls)', SAVE_AS_CSV);
}

interface Signature {
  bytes: readonly number[];
  describe: (bytes: Uint8Array) => string;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], describe: () => notCsv('et billede (PNG)', EXPORT_THE_DATA) },
  { bytes: [0xff, 0xd8, 0xff], describe: () => notCsv('et billede (JPEG)', EXPORT_THE_DATA) },
  { bytes: ascii('GIF8'), describe: () => notCsv('et billede (GIF)', EXPORT_THE_DATA) },
  { bytes: ascii('%PDF-'), describe: () => notCsv('et PDF-dokument', EXPORT_THE_DATA) },
  { bytes: [0x50, 0x4b, 0x03, 0x04], describe: describeZip },
  { bytes: [0x50, 0x4b, 0x05, 0x06], describe: describeZip },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], describe: describeCompoundFile },
];

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.subarray(0, NUL_SCAN_BYTES).includes(0);
}

// Web pages and XML are text, so they would otherwise be "read" as one garbled column.
function describeMarkup(bytes: Uint8Array): string | undefined {
  const head = asBuffer(bytes.subarray(0, 512)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
    return notCsv('en webside (HTML)', SAVE_AS_CSV);
  }
  if (head.startsWith('<?xml')) return notCsv('en XML-fil', SAVE_AS_CSV);
  return undefined;
}

/** A Danish message when the bytes are clearly not a CSV text file; undefined when they may be. */
export function sniffNonCsv(bytes: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return signature.describe(bytes);
  }
  if (!hasUtf16Bom(bytes) && hasNulByte(bytes)) {
    return (
      'Filen indeholder binære data og er ikke en CSV-fil. Den kan fx være et regneark, et billede eller en komprimeret fil. ' +
      SAVE_AS_CSV
    );
  }
  return describeMarkup(bytes);
}
