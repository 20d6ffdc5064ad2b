import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { z } from 'zod';

/**
 * keys.json: the random data key that encrypts harbor.db, wrapped (AES-256-GCM) once under a key derived from the
 * passphrase and once under a key derived from the recovery code. Both derivations are Argon2id.
 */
export const KDF_DEFAULTS = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const wrappedKeySchema = z.object({
  kdf: z.object({
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

export const keyEnvelopeSchema = z.object({
  format: z.literal('safe-harbor-keys'),
  version: z.literal(1),
  databaseCipher: z.literal('sqlcipher-v4'),
  createdAt: z.string(),
  passphraseChangedAt: z.string(),
  passphrase: wrappedKeySchema,
  recovery: wrappedKeySchema,
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

export function parseKeyEnvelope(text: string): KeyEnvelope | null {
  try {
    const parsed = keyEnvelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
