import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch, serializedSize } from '../../../electron/ipc/dispatcher';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { Services } from '../../../electron/services';
import { MAX_INPUT_BYTES, maxInputBytes } from '../../../shared/ipc/contract';
import { MAX_TRANSFER_BYTES } from '../../../shared/evidence/evidence';
import { randomFile, sha256, VOLKOV } from '../../support/evidence';
import { openTestServices } from '../../support/services';

describe('evidence over the dispatcher', () => {
  let services: Services;
  let close: () => void;
  let dispatch: Dispatch;

  beforeEach(async () => {
    ({ services, close } = await openTestServices());
    dispatch = createDispatcher(createHandlers(services));
  });
  afterEach(() => close());

  it('counts binary by its length, not its JSON text', () => {
    expect(serializedSize({ a: 'xyz' })).toBe(JSON.stringify({ a: 'xyz' }).length);
    const bytes = new Uint8Array(1000).fill(255);
    expect(serializedSize({ uploadId: 'u', bytes })).toBe(
      JSON.stringify({ uploadId: 'u', bytes: null }).length + 1000,
    );
    expect(serializedSize({ bytes: Buffer.alloc(10) })).toBe(JSON.stringify({ bytes: null }).length + 10);
    expect(maxInputBytes('vault.unlock')).toBe(MAX_INPUT_BYTES);
    expect(maxInputBytes('evidence.appendChunk')).toBeGreaterThan(MAX_TRANSFER_BYTES);
  });

  it('streams a file up in pieces larger than the general bound, and reads it back in ranges', async () => {
    const clientId = services.dossiers.create(VOLKOV).id;
    const file = randomFile(MAX_TRANSFER_BYTES + 300_000);
    const begun = await dispatch('evidence.beginUpload', {
      clientId,
      fileName: 'scan.png',
      mediaType: 'image/png',
      byteSize: file.byteLength,
    });
    if (!begun.ok) throw new Error(begun.error.message);
    const { uploadId } = begun.value as { uploadId: string };
    const first = await dispatch('evidence.appendChunk', {
      uploadId,
      bytes: new Uint8Array(file.subarray(0, MAX_TRANSFER_BYTES)),
    });
    expect(first).toEqual({ ok: true, value: { received: MAX_TRANSFER_BYTES } });
    const tooBig = await dispatch('evidence.appendChunk', {
      uploadId,
      bytes: new Uint8Array(MAX_TRANSFER_BYTES + 8192),
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'INPUT_TOO_LARGE' } });
    const notBytes = await dispatch('evidence.appendChunk', { uploadId, bytes: [1, 2, 3] });
    expect(notBytes).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', field: 'bytes' } });
    await dispatch('evidence.appendChunk', {
      uploadId,
      bytes: new Uint8Array(file.subarray(MAX_TRANSFER_BYTES)),
    });
    const finished = await dispatch('evidence.finishUpload', { uploadId });
    expect(finished).toMatchObject({ ok: true, value: { sha256: sha256(file), byteSize: file.byteLength } });
    const id = (finished as { value: { id: string } }).value.id;

    const range = await dispatch('evidence.read', { id, offset: 10, length: 100 });
    expect(range.ok).toBe(true);
    const value = (range as { value: { bytes: Uint8Array; total: number } }).value;
    expect(value.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(value.bytes).equals(file.subarray(10, 110))).toBe(true);
    expect(value.total).toBe(file.byteLength);
    expect(await dispatch('evidence.read', { id, offset: 0, length: MAX_TRANSFER_BYTES + 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });

    const results = await dispatch('search.query', { text: 'scan' });
    expect(results).toMatchObject({
      ok: true,
      value: { groups: [{ clientId, hits: [{ kind: 'evidence', refId: id }] }] },
    });
  });
});
