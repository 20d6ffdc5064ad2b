import {
  EVIDENCE_CHUNK_BYTES,
  type EvidenceSummary,
  MAX_PREVIEW_BYTES,
} from '../../../../shared/evidence/evidence';
import { invoke } from '../../api';

export interface UploadTarget {
  clientId: string;
  itemId?: string;
  translationOf?: string;
}

/**
 * Sends a File to the vault through IPC in pieces read from its stream: begin, one append per ~1 MiB, finish (or
 * abort). Works the same in Electron and the e2e harness, never needs a file path, and never holds more than one
 * piece of the file in memory.
 */
export async function uploadFile(
  file: File,
  target: UploadTarget,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (sent: number) => void } = {},
): Promise<EvidenceSummary> {
  const { uploadId } = await invoke('evidence.beginUpload', {
    clientId: target.clientId,
    fileName: file.name || 'untitled',
    mediaType: file.type,
    byteSize: file.size,
    itemId: target.itemId,
    translationOf: target.translationOf,
  });
  try {
    const reader = file.stream().getReader();
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let sent = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const piece = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const part of pending) {
        piece.set(part, offset);
        offset += part.byteLength;
      }
      pending = [];
      pendingBytes = 0;
      await invoke('evidence.appendChunk', { uploadId, bytes: piece });
      sent += piece.byteLength;
      onProgress?.(sent);
    };
    for (;;) {
      if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      pending.push(value);
      pendingBytes += value.byteLength;
      if (pendingBytes >= EVIDENCE_CHUNK_BYTES) await flush();
    }
    await flush();
    return await invoke('evidence.finishUpload', { uploadId });
  } catch (error) {
    await invoke('evidence.abortUpload', { uploadId }).catch(() => undefined);
    throw error;
  }
}

/** The whole file, read in ranges into memory (for a preview); refused above the preview bound. */
export async function readEvidence(id: string, size: number): Promise<Uint8Array<ArrayBuffer>> {
  if (size > MAX_PREVIEW_BYTES) throw new Error('too large to preview');
  const whole = new Uint8Array(size);
  let offset = 0;
  do {
    const { bytes } = await invoke('evidence.read', { id, offset, length: 4 * 1024 * 1024 });
    if (bytes.byteLength === 0) break;
    whole.set(bytes, offset);
    offset += bytes.byteLength;
  } while (offset < size);
  return whole;
}
