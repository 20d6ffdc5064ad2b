import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { HarborError } from '../shared/ipc/errors';
import { type SealedKind, sealedKindSchema } from '../shared/safety/backup';
import { bundleAudienceSchema } from '../shared/safety/bundle';
import { KDF_DEFAULTS, type WrappedKey, deriveKey, keyEnvelopeSchema } from './key-envelope';

/**
 * The sealed container shared by vault backups and co-counsel bundles.
 *
 *   magic (8) | version (u16 BE) | header length (u32 BE) | header (UTF-8 JSON) | chunk… | final chunk
 *   chunk = plaintext length (u32 BE) | AES-256-GCM ciphertext | tag (16)
 *
 * The header is plaintext (it says how to derive the key) and holds no client data. Every chunk is authenticated with
 * the SHA-256 of everything before the first chunk as additional data, so a changed header fails every chunk. Each
 * chunk's nonce is a random per-file prefix, the chunk's index and a final-chunk flag (the STREAM construction): a
 * reordered chunk fails its tag, a file cut after any chunk lacks the final flag, and bytes after the final chunk are
 * refused. The body key is per file (HKDF with a random salt), so nonces never repeat under one key.
 */
export const SEALED_MAGIC = Buffer.from([0x89, 0x53, 0x48, 0x42, 0x58, 0x0d, 0x0a, 0x1a]);
export const SEALED_VERSION = 1;
export const CHUNK_BYTES = 1024 * 1024;
const MAX_HEADER_BYTES = 256 * 1024;
const PREAMBLE_BYTES = SEALED_MAGIC.length + 2 + 4;
const TAG_BYTES = 16;
const NONCE_PREFIX_BYTES = 7;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const argon2KdfSchema = z.object({
  name: z.literal('argon2id'),
  memoryKiB: z
    .number()
    .int()
    .min(8 * 1024)
    .max(4 * 1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
  salt: base64,
});

const sealedWrapSchema = z.object({ iv: base64, ciphertext: base64, tag: base64 });

export const sealedHeaderSchema = z.object({
  format: z.literal('safe-harbor-sealed'),
  kind: sealedKindSchema,
  createdAt: z.iso.datetime(),
  protection: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('vault-key'), hkdfSalt: base64, keyCheck: base64 }),
    z.object({
      mode: z.literal('passphrase'),
      kdf: argon2KdfSchema,
      hkdfSalt: base64,
      keyCheck: base64,
      /** A backup under its own passphrase carries the vault's data key, wrapped under that passphrase. */
      wrappedDataKey: sealedWrapSchema.optional(),
    }),
  ]),
  /** Backups: the vault's keys.json, so the vault's passphrase or recovery code opens the restored copy. */
  keyEnvelope: keyEnvelopeSchema.optional(),
  content: z.object({
    type: z.enum(['sqlcipher-v4', 'json']),
    schemaVersion: z.number().int().nonnegative().optional(),
    audience: bundleAudienceSchema.optional(),
    bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    chunkBytes: z
      .number()
      .int()
      .min(4096)
      .max(16 * 1024 * 1024),
    chunks: z.number().int().min(1),
  }),
  noncePrefix: base64,
});
export type SealedHeader = z.infer<typeof sealedHeaderSchema>;
export type SealedProtection = SealedHeader['protection'];

export function fileDamaged(message: string): HarborError {
  return new HarborError('FILE_DAMAGED', message);
}

// ---------------------------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------------------------

export interface SealKeys {
  body: Buffer;
  check: Buffer;
  wrap: Buffer;
}

/** Body, key-check and data-key-wrap keys, each its own HKDF output, labelled with the file's kind. */
export function sealKeys(ikm: Uint8Array, hkdfSalt: string, kind: SealedKind): SealKeys {
  const salt = Buffer.from(hkdfSalt, 'base64');
  const expand = (label: string) =>
    Buffer.from(hkdfSync('sha256', ikm, salt, `safe-harbor/sealed/v1/${kind}/${label}`, 32));
  return { body: expand('body'), check: expand('check'), wrap: expand('data-key') };
}

export function wipeKeys(keys: SealKeys | null): void {
  if (!keys) return;
  keys.body.fill(0);
  keys.check.fill(0);
  keys.wrap.fill(0);
}

/** Whether these keys are the ones the file was sealed with (the derived check value matches the header's). */
export function keysMatch(header: SealedHeader, keys: SealKeys): boolean {
  const expected = Buffer.from(header.protection.keyCheck, 'base64');
  return expected.length === keys.check.length && timingSafeEqual(expected, keys.check);
}

export type ProtectionRequest =
  { mode: 'vault-key'; dataKey: Uint8Array } | { mode: 'passphrase'; passphrase: string };

/** A fresh protection block for a new file, with its keys. Argon2id runs here for a passphrase. */
export async function newProtection(
  kind: SealedKind,
  request: ProtectionRequest,
): Promise<{ protection: SealedProtection; keys: SealKeys }> {
  const hkdfSalt = randomBytes(32).toString('base64');
  if (request.mode === 'vault-key') {
    const keys = sealKeys(request.dataKey, hkdfSalt, kind);
    return { protection: { mode: 'vault-key', hkdfSalt, keyCheck: keys.check.toString('base64') }, keys };
  }
  const kdf = { name: 'argon2id' as const, ...KDF_DEFAULTS, salt: randomBytes(16).toString('base64') };
  const master = await deriveKey(request.passphrase, kdf);
  try {
    const keys = sealKeys(master, hkdfSalt, kind);
    return {
      protection: { mode: 'passphrase', kdf, hkdfSalt, keyCheck: keys.check.toString('base64') },
      keys,
    };
  } finally {
    master.fill(0);
  }
}

/** Keys of an existing file from its passphrase (passphrase mode) or the data key (vault-key mode); null if wrong. */
export async function keysFor(
  header: SealedHeader,
  secret: { passphrase: string } | { dataKey: Uint8Array },
): Promise<SealKeys | null> {
  let keys: SealKeys;
  if (header.protection.mode === 'passphrase') {
    if (!('passphrase' in secret)) return null;
    const master = await deriveKey(secret.passphrase, header.protection.kdf as WrappedKey['kdf']);
    try {
      keys = sealKeys(master, header.protection.hkdfSalt, header.kind);
    } finally {
      master.fill(0);
    }
  } else {
    if (!('dataKey' in secret)) return null;
    keys = sealKeys(secret.dataKey, header.protection.hkdfSalt, header.kind);
  }
  if (keysMatch(header, keys)) return keys;
  wipeKeys(keys);
  return null;
}

const DATA_KEY_AAD = Buffer.from('safe-harbor/sealed/v1/data-key', 'utf8');

export function wrapDataKeyForFile(dataKey: Uint8Array, keys: SealKeys): z.infer<typeof sealedWrapSchema> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.wrap, iv);
  cipher.setAAD(DATA_KEY_AAD);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

export function unwrapDataKeyFromFile(header: SealedHeader, keys: SealKeys): Buffer {
  const wrapped = header.protection.mode === 'passphrase' ? header.protection.wrappedDataKey : undefined;
  if (!wrapped) throw fileDamaged('The backup’s header lacks the vault key it should carry.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.wrap, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(DATA_KEY_AAD);
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw fileDamaged('The backup was altered or is damaged: the vault key it carries fails its check.');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

export function chunkCount(bytes: number, chunkBytes = CHUNK_BYTES): number {
  return Math.max(1, Math.ceil(bytes / chunkBytes));
}

export function newNoncePrefix(): string {
  return randomBytes(NONCE_PREFIX_BYTES).toString('base64');
}

function preamble(header: SealedHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(PREAMBLE_BYTES);
  SEALED_MAGIC.copy(fixed, 0);
  fixed.writeUInt16BE(SEALED_VERSION, SEALED_MAGIC.length);
  fixed.writeUInt32BE(json.length, SEALED_MAGIC.length + 2);
  return Buffer.concat([fixed, json]);
}

function nonce(prefix: Buffer, index: number, final: boolean): Buffer {
  const n = Buffer.alloc(12);
  prefix.copy(n, 0, 0, NONCE_PREFIX_BYTES);
  n.writeUInt32BE(index, NONCE_PREFIX_BYTES);
  n[11] = final ? 1 : 0;
  return n;
}

/**
 * Writes a sealed file chunk by chunk (synchronously: it runs in the backup worker or the CLI). The file is created
 * fresh (never over an existing one), fsynced on `finish`, and removed on `abort`.
 */
export class SealedWriter {
  readonly #fd: number;
  readonly #aad: Buffer;
  readonly #prefix: Buffer;
  #index = 0;
  #written = 0;
  #closed = false;

  private constructor(
    readonly path: string,
    readonly header: SealedHeader,
    private readonly bodyKey: Buffer,
  ) {
    const head = preamble(header);
    this.#aad = createHash('sha256').update(head).digest();
    this.#prefix = Buffer.from(header.noncePrefix, 'base64');
    this.#fd = openSync(path, 'wx', 0o600);
    this.#write(head);
  }

  static create(path: string, header: SealedHeader, bodyKey: Buffer): SealedWriter {
    return new SealedWriter(path, header, bodyKey);
  }

  get bytesWritten(): number {
    return this.#written;
  }

  /** Seals the next chunk; the last one (by the header's count) carries the final flag. */
  push(plain: Uint8Array): void {
    const { chunks, chunkBytes } = this.header.content;
    if (this.#index >= chunks) throw new Error('more chunks than the header announced');
    const final = this.#index === chunks - 1;
    if (plain.length > chunkBytes || (!final && plain.length !== chunkBytes)) {
      throw new Error('chunk size does not match the header');
    }
    const cipher = createCipheriv('aes-256-gcm', this.bodyKey, nonce(this.#prefix, this.#index, final));
    cipher.setAAD(this.#aad);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(plain.length);
    this.#write(length);
    this.#write(cipher.update(plain));
    this.#write(cipher.final());
    this.#write(cipher.getAuthTag());
    this.#index++;
  }

  finish(): void {
    if (this.#index !== this.header.content.chunks) throw new Error('fewer chunks than the header announced');
    fsyncSync(this.#fd);
    this.#close();
  }

  abort(): void {
    this.#close();
    rmSync(this.path, { force: true });
  }

  #write(bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.#fd, bytes, offset, bytes.length - offset);
    this.#written += bytes.length;
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

export interface OpenedSealedFile {
  path: string;
  header: SealedHeader;
  /** SHA-256 of the magic, version, length and header: every chunk's additional data. */
  aad: Buffer;
  bodyOffset: number;
  fileBytes: number;
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return read === length ? buffer : buffer.subarray(0, read);
}

/** Reads and checks the header (not yet authenticated: the chunks do that). Throws FILE_DAMAGED if it is not ours. */
export function readSealedHeader(path: string, expectedKind?: SealedKind): OpenedSealedFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new HarborError('NOT_FOUND', 'That file cannot be read.');
  }
  try {
    const fileBytes = fstatSync(fd).size;
    const fixed = readExactly(fd, PREAMBLE_BYTES, 0);
    if (fixed.length < PREAMBLE_BYTES || !fixed.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC)) {
      throw fileDamaged(
        'This file is not a Safe Harbor backup or case bundle (or its beginning was damaged).',
      );
    }
    const version = fixed.readUInt16BE(SEALED_MAGIC.length);
    if (version !== SEALED_VERSION) {
      throw fileDamaged(`This file was written by a newer version of Safe Harbor (format ${version}).`);
    }
    const headerLength = fixed.readUInt32BE(SEALED_MAGIC.length + 2);
    if (headerLength === 0 || headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > fileBytes) {
      throw fileDamaged('The file’s header is damaged or the file was cut short.');
    }
    const headerBytes = readExactly(fd, headerLength, PREAMBLE_BYTES);
    let parsed: SealedHeader;
    try {
      parsed = sealedHeaderSchema.parse(JSON.parse(headerBytes.toString('utf8')));
    } catch {
      throw fileDamaged(
        'The file’s header is damaged: it was altered or the file is not a Safe Harbor file.',
      );
    }
    if (parsed.content.chunks !== chunkCount(parsed.content.bytes, parsed.content.chunkBytes)) {
      throw fileDamaged('The file’s header is inconsistent: it was altered.');
    }
    if (expectedKind && parsed.kind !== expectedKind) {
      throw new HarborError(
        'BAD_INPUT',
        parsed.kind === 'case-bundle'
          ? 'This file is a case bundle, not a backup.'
          : 'This file is a vault backup, not a case bundle.',
      );
    }
    const aad = createHash('sha256')
      .update(Buffer.concat([fixed, headerBytes]))
      .digest();
    return { path, header: parsed, aad, bodyOffset: PREAMBLE_BYTES + headerLength, fileBytes };
  } finally {
    closeSync(fd);
  }
}

/**
 * Authenticates and decrypts the body chunk by chunk. Nothing is yielded before its tag verified, so a caller never
 * sees unauthenticated bytes; a damaged, truncated, reordered or extended file throws FILE_DAMAGED.
 */
export function* readSealedChunks(file: OpenedSealedFile, bodyKey: Buffer): Generator<Buffer> {
  const { chunks, chunkBytes, bytes } = file.header.content;
  const prefix = Buffer.from(file.header.noncePrefix, 'base64');
  const fd = openSync(file.path, 'r');
  try {
    let position = file.bodyOffset;
    let total = 0;
    for (let index = 0; index < chunks; index++) {
      const final = index === chunks - 1;
      const lengthBytes = readExactly(fd, 4, position);
      if (lengthBytes.length < 4) throw truncated(index, chunks);
      const length = lengthBytes.readUInt32BE(0);
      const expected = final ? bytes - chunkBytes * (chunks - 1) : chunkBytes;
      if (length !== expected) throw altered(index, chunks);
      const sealed = readExactly(fd, length + TAG_BYTES, position + 4);
      if (sealed.length < length + TAG_BYTES) throw truncated(index, chunks);
      let plain: Buffer;
      try {
        const decipher = createDecipheriv('aes-256-gcm', bodyKey, nonce(prefix, index, final));
        decipher.setAAD(file.aad);
        decipher.setAuthTag(sealed.subarray(length));
        plain = Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
      } catch {
        throw altered(index, chunks);
      }
      position += 4 + length + TAG_BYTES;
      total += plain.length;
      yield plain;
    }
    if (total !== bytes) throw altered(chunks - 1, chunks);
    if (position !== file.fileBytes) {
      throw fileDamaged('The file has data after its last part: it was altered, so it is refused.');
    }
  } finally {
    closeSync(fd);
  }
}

function truncated(index: number, chunks: number): HarborError {
  return fileDamaged(
    `The file is incomplete: it ends in part ${index + 1} of ${chunks} (an interrupted copy?), so it is refused.`,
  );
}

function altered(index: number, chunks: number): HarborError {
  return fileDamaged(
    `The file was altered or is damaged: part ${index + 1} of ${chunks} failed its authentication check, so it is refused.`,
  );
}
