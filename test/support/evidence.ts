import { createHash, randomBytes } from 'node:crypto';
import type { Services } from '../../electron/services';
import type { ClientInput } from '../../shared/dossier/client';

export const VOLKOV: ClientInput = {
  familyName: 'Volkov',
  givenNames: 'Aleksei',
  aliases: [{ name: 'Волков Алексей', kind: 'transliteration', script: 'cyrillic' }],
  nationalities: ['Russia'],
  status: 'active',
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Deterministic-size random content, for files that must span several chunks. */
export function randomFile(bytes: number): Buffer {
  return randomBytes(bytes);
}

/** Attaches bytes through the staged intake, in pieces like the renderer sends them. */
export function attachBytes(
  services: Services,
  clientId: string,
  fileName: string,
  bytes: Uint8Array,
  options: { itemId?: string; mediaType?: string; pieceBytes?: number; translationOf?: string } = {},
) {
  const piece = options.pieceBytes ?? 700 * 1024;
  const pieces: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += piece)
    pieces.push(bytes.subarray(offset, offset + piece));
  return services.evidence.attachStream(
    {
      clientId,
      fileName,
      mediaType: options.mediaType ?? '',
      byteSize: bytes.byteLength,
      itemId: options.itemId,
      translationOf: options.translationOf,
    },
    pieces,
  );
}

/** Reads a whole item back through the same ranged reads the preview uses. */
export function readAll(services: Services, id: string): Buffer {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const { bytes, total } = services.evidence.read(id, offset, 4 * 1024 * 1024);
    parts.push(bytes);
    offset += bytes.byteLength;
    if (offset >= total || bytes.byteLength === 0) break;
  }
  return Buffer.concat(parts);
}
