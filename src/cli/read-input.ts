/** Reading CLI input files safely: clear one-line errors for missing, empty, binary or non-UTF-8 files. */
import { readFileSync, statSync } from 'node:fs';

export class CliError extends Error {}

/** Bigger inputs than this are refused (the extension caps pages similarly). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export function readTextFile(path: string): string {
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
  if (bytes.includes(0)) throw new CliError(`${path}: looks like a binary file, expected UTF-8 text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path}: is not valid UTF-8 text`);
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
