import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { z } from 'zod';

/**
 * keys.json: the random data key that encrypts harbor.db, wrapped (AES-256-GCM) once under a key derived from the
 * passphrase and once under a key derived from the recovery code. Both derivations are Argon2id.
 */
export const KDF_DEFAULTS = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const wrappedKeySchema = z.strictObject({
  kdf: z.strictObject({
    name: z.literal('argon2id'),
    memoryKiB: z
      .number()
      .int()
      .min(8 * 1024)
      .max(4 * 1024 * 1024),
    iterations: z.number().int().min(1).max(64),
    parallelism: z.number().int().min(1).max(16),
    salt: base64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The three parts of keys.json a checksum covers: each can be damaged, and each is repaired differently. */
export const ENVELOPE_PARTS = ['envelope', 'passphrase', 'recovery'] as const;
export type EnvelopePart = (typeof ENVELOPE_PARTS)[number];

/** Strict: an unknown key is damage (a flipped byte in "checksums" must not pass for an envelope without them). */
export const keyEnvelopeSchema = z.strictObject({
  format: z.literal('safe-harbor-keys'),
  version: z.literal(1),
  databaseCipher: z.literal('sqlcipher-v4'),
  createdAt: z.string(),
  passphraseChangedAt: z.string(),
  passphrase: wrappedKeySchema,
  recovery: wrappedKeySchema,
  /**
   * SHA-256 of each part, so that accidental damage reads as damage and not as a wrong secret. Not a MAC: the
   * wrapped keys are authenticated by their GCM tags. Absent in envelopes written before it existed; added at the
   * next passphrase change.
   */
  checksums: z.strictObject({ envelope: sha256Hex, passphrase: sha256Hex, recovery: sha256Hex }).optional(),
});
export type KeyEnvelope = z.infer<typeof keyEnvelopeSchema>;

export type Unwrapper = 'passphrase' | 'recovery';

export const DATA_KEY_BYTES = 32;

export async function deriveKey(secret: string, kdf: WrappedKey['kdf']): Promise<Buffer> {
  const derived = await argon2id({
    password: secret.normalize('NFC'),
    salt: Buffer.from(kdf.salt, 'base64'),
    iterations: kdf.iterations,
    memorySize: kdf.memoryKiB,
    parallelism: kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(derived.buffer, derived.byteOffset, derived.byteLength);
}

/** Additional authenticated data binds each wrap to its slot, so the two cannot be swapped unnoticed. */
function aad(slot: Unwrapper): Buffer {
  return Buffer.from(`safe-harbor-keys/v1/${slot}`, 'utf8');
}

export async function wrapDataKey(dataKey: Buffer, secret: string, slot: Unwrapper): Promise<WrappedKey> {
  const kdf = { name: 'argon2id' as const, ...KDF_DEFAULTS, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveKey(secret, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(aad(slot));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kdf,
      cipher: 'aes-256-gcm',
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

/** Returns the data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  secret: string,
  slot: Unwrapper,
): Promise<Buffer | null> {
  const wrappingKey = await deriveKey(secret, wrapped.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad(slot));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}

function partValue(envelope: KeyEnvelope, part: EnvelopePart): unknown {
  switch (part) {
    case 'envelope':
      return [envelope.format, envelope.version, envelope.databaseCipher, envelope.createdAt];
    case 'passphrase':
      return [envelope.passphraseChangedAt, canonical(envelope.passphrase)];
    case 'recovery':
      return [canonical(envelope.recovery)];
  }
}

/** Objects with their keys sorted, so the checksum does not depend on the order JSON was written in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function partChecksum(envelope: KeyEnvelope, part: EnvelopePart): string {
  return createHash('sha256')
    .update(JSON.stringify(partValue(envelope, part)))
    .digest('hex');
}

/**
 * The envelope with its checksums. Parts named in `keepStored` keep the checksum they had, so a part that was
 * already damaged is not blessed by a rewrite of another part.
 */
export function withChecksums(envelope: KeyEnvelope, keepStored: readonly EnvelopePart[] = []): KeyEnvelope {
  const stored = envelope.checksums;
  const sum = (part: EnvelopePart) =>
    stored && keepStored.includes(part) ? stored[part] : partChecksum(envelope, part);
  return {
    ...envelope,
    checksums: { envelope: sum('envelope'), passphrase: sum('passphrase'), recovery: sum('recovery') },
  };
}

/** Parts whose checksum does not match, or whose wrapped key is malformed (which an old envelope can show too). */
export function damagedParts(envelope: KeyEnvelope): EnvelopePart[] {
  const stored = envelope.checksums;
  return ENVELOPE_PARTS.filter((part) => {
    if (stored && stored[part] !== partChecksum(envelope, part)) return true;
    return part !== 'envelope' && !isWellFormedSlot(envelope[part]);
  });
}

/** A wrapped data key of the shape `wrapDataKey` writes: 16-byte salt, 12-byte IV, 32-byte key, 16-byte tag. */
function isWellFormedSlot(wrapped: WrappedKey): boolean {
  const bytes = (b64: string) => Buffer.from(b64, 'base64');
  const canonicalBase64 = (b64: string) => bytes(b64).toString('base64') === b64;
  return (
    [wrapped.kdf.salt, wrapped.iv, wrapped.ciphertext, wrapped.tag].every(canonicalBase64) &&
    bytes(wrapped.kdf.salt).length === 16 &&
    bytes(wrapped.iv).length === 12 &&
    bytes(wrapped.ciphertext).length === DATA_KEY_BYTES &&
    bytes(wrapped.tag).length === 16
  );
}

export function serializeKeyEnvelope(envelope: KeyEnvelope): string {
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** The envelope, or null when keys.json is not one (unreadable JSON, a wrong shape, an unknown key). */
export function parseKeyEnvelope(text: string): KeyEnvelope | null {
  try {
    const parsed = keyEnvelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
