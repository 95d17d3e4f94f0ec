/**
 * Reading CLI input files safely: clear one-line errors for missing, empty, binary or undecodable files.
 * HTML is decoded the way a browser decodes a page saved without HTTP headers (WHATWG "encoding
 * sniffing", by the encoding-sniffer library): a byte-order mark first, then a `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1,024 bytes, else UTF-8.
 * Node's TextDecoder knows the legacy encodings of Arabic pages (windows-1256, ISO-8859-6) and the rest
 * of the WHATWG list. Plain text is UTF-8 (a BOM is dropped).
 */
import { readFileSync, statSync } from 'node:fs';
import { getEncoding } from 'encoding-sniffer';

export class CliError extends Error {}

/** Bigger inputs than this are refused (the extension caps pages similarly). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const isHtmlName = (path: string) => /\.x?html?$/i.test(path);
const looksLikeHtml = (bytes: Uint8Array) =>
  /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<(?:!doctype|html|head|meta|!--)/i.test(
    Buffer.from(bytes.subarray(0, 200)).toString('latin1'),
  );

/** The encoding a browser would use for these HTML bytes (a WHATWG encoding name, e.g. "windows-1256"). */
export function sniffHtmlEncoding(bytes: Uint8Array): string {
  return getEncoding(bytes, { defaultEncoding: 'utf-8' }).toLowerCase();
}

/**
 * HTML bytes → text as a browser reads them. UTF-8 that is not valid UTF-8 (no declared charset, or a
 * wrong one) is an error with a clear message, not a page of replacement characters.
 */
export function decodeHtml(bytes: Uint8Array, name = 'input'): string {
  const encoding = sniffHtmlEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  } catch {
    throw new CliError(`${name}: declares the encoding "${encoding}", which this Node cannot decode`);
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${name}: is not valid UTF-8 and declares no other charset (<meta charset>)`);
  }
}

function readBytes(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: no such file`);
  }
  if (size === 0) throw new CliError(`${path}: file is empty`);
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const bytes = readFileSync(path);
  if (bytes.includes(0) && !/^(?:\xFF\xFE|\xFE\xFF)/.test(bytes.subarray(0, 2).toString('latin1'))) {
    throw new CliError(`${path}: looks like a binary file, expected UTF-8 text or HTML`);
  }
  return bytes;
}

/** Reads a text or HTML file: HTML (by name or content) is decoded as a browser does, text as UTF-8. */
export function readTextFile(path: string): string {
  const bytes = readBytes(path);
  let text: string;
  if (isHtmlName(path) || looksLikeHtml(bytes)) {
    text = decodeHtml(bytes, path);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CliError(`${path}: is not valid UTF-8 text`);
    }
  }
  if (!text.trim()) throw new CliError(`${path}: file has no text`);
  return text.replace(/^\uFEFF/, '');
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new CliError('stdin: is not valid UTF-8 text');
  }
}
