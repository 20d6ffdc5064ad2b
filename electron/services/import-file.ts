import { type ExportFile, exportFileSchema } from '../../shared/dossier/export-format';
import { importProblem } from '../../shared/dossier/import-checks';
import { HarborError } from '../../shared/ipc/errors';

/**
 * An import file from its bytes to dossiers ready to insert, or BAD_INPUT naming the first problem and its field:
 * not UTF-8 (with the byte offset), not JSON, not the format, or breaking a rule across records (import-checks).
 * A UTF-8 byte-order mark is accepted. Messages never quote the file's content.
 */
export function parseImportFile(bytes: Uint8Array): ExportFile {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt !== null) {
    const offset = invalidAt + (body === bytes ? 0 : 3);
    throw new HarborError(
      'BAD_INPUT',
      `The file is not valid UTF-8 text: the byte at offset ${offset} is not.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new HarborError(
      'BAD_INPUT',
      `The file is not valid JSON${position === undefined ? '' : ` (near character ${position})`}.`,
    );
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new HarborError(
      'BAD_INPUT',
      `${field || 'The file'}: ${issue?.message ?? 'not an export file.'}`,
      field,
    );
  }
  const problem = importProblem(parsed.data);
  if (problem) throw new HarborError('BAD_INPUT', `${problem.field}: ${problem.message}`, problem.field);
  return parsed.data;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return null;
}
