// Envelope encryption with the browser's WebCrypto (no JavaScript crypto library), as a disk keeps key slots: one random
// data key (AES-GCM, 256-bit) encrypts the records; each person's passphrase derives a key (PBKDF2-HMAC-SHA256, 600,000
// iterations, a salt of their own) that wraps the data key. Changing a passphrase wraps the data key again for that one
// slot; nothing else is encrypted again. Keys in memory are non-extractable CryptoKeys. Everything here is plain data in
// and out (base64 text in the slots, so a slot can later be a synced document), and nothing here touches storage.

/** The iterations OWASP advises for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023 onwards). */
export const PBKDF2_ITERATIONS = 600_000;
const IV_BYTES = 12;
const SALT_BYTES = 16;
const AES = { name: 'AES-GCM', length: 256 } as const;

/** A person's wrapped copy of the data key: what unlocking as them needs, and nothing that reveals the key. */
export interface WrappedKey {
  /** Base64 of the salt the passphrase is stretched with. */
  salt: string;
  iterations: number;
  /** Base64 of the IV the data key was wrapped with. */
  iv: string;
  /** Base64 of the data key, wrapped (AES-GCM) with the key the passphrase derives. */
  wrapped: string;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) out[i] = raw.charCodeAt(i);
  return out;
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const utf8 = new TextEncoder();

/** A new random data key. Extractable only so that it can be wrapped for its first slots; never kept. */
export function newDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
}

/** The key a passphrase derives with a salt: it can wrap and unwrap the data key, and nothing else. */
async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES, false, ['wrapKey', 'unwrapKey']);
}

/** The data key wrapped under a passphrase, with a fresh salt and IV. `dataKey` must be extractable. */
export async function wrapDataKey(dataKey: CryptoKey, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const kek = await passphraseKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv }));
  return { salt: toBase64(salt), iterations, iv: toBase64(iv), wrapped: toBase64(wrapped) };
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not right.');
    this.name = 'WrongPassphraseError';
  }
}

/**
 * The data key a passphrase unwraps, or a WrongPassphraseError (AES-GCM checks the wrapped key, so a wrong passphrase
 * is known without revealing anything). Non-extractable unless `extractable`, which is only for wrapping it again.
 */
export async function unwrapDataKey(slot: WrappedKey, passphrase: string, extractable = false): Promise<CryptoKey> {
  const kek = await passphraseKey(passphrase, fromBase64(slot.salt), slot.iterations);
  try {
    return await crypto.subtle.unwrapKey('raw', fromBase64(slot.wrapped), kek, { name: 'AES-GCM', iv: fromBase64(slot.iv) }, AES, extractable, [
      'encrypt',
      'decrypt',
    ]);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * The workspace's keys a passphrase opens: the data key that seals records, and the revision key, derived from the
 * same key's bytes by HKDF-SHA-256, that makes revision ids (an HMAC that reveals nothing of the content without it).
 * A WrongPassphraseError when the passphrase is not right.
 */
export async function unwrapWorkspaceKeys(slot: WrappedKey, passphrase: string): Promise<{ dataKey: CryptoKey; revisionKey: CryptoKey }> {
  const kek = await passphraseKey(passphrase, fromBase64(slot.salt), slot.iterations);
  const unwrap = (algorithm: AlgorithmIdentifier | AesKeyAlgorithm, usages: KeyUsage[]) =>
    crypto.subtle.unwrapKey('raw', fromBase64(slot.wrapped), kek, { name: 'AES-GCM', iv: fromBase64(slot.iv) }, algorithm, false, usages);
  try {
    const [dataKey, base] = await Promise.all([unwrap(AES, ['encrypt', 'decrypt']), unwrap('HKDF', ['deriveKey'])]);
    return { dataKey, revisionKey: await revisionKeyFrom(base) };
  } catch {
    throw new WrongPassphraseError();
  }
}

const REVISIONS = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;

/** The revision key HKDF derives from a key's bytes: it signs (HMAC-SHA-256), and does nothing else. */
function revisionKeyFrom(base: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8.encode('audit-workbench:revisions') },
    base,
    REVISIONS,
    false,
    ['sign'],
  );
}

/** A new random secret of 32 bytes, in base64: an unprotected workspace's own revision key. */
export function newSecret(): string {
  return toBase64(random(32));
}

/** The revision key of an unprotected workspace, from its secret (newSecret). */
export function revisionKeyFromSecret(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(secret), REVISIONS, false, ['sign']);
}

/** The HMAC of a text (as UTF-8) under a revision key, in lower-case hex. */
export async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, utf8.encode(text));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Text encrypted with a fresh random IV: the IV, then the ciphertext and its tag, in one array. `context` (what the
 * text is, such as "audits:<id>") is authenticated with it, so sealed content cannot be moved to another record
 * unnoticed.
 */
export async function sealText(key: CryptoKey, context: string, text: string): Promise<Uint8Array<ArrayBuffer>> {
  const iv = random(IV_BYTES);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(context) }, key, utf8.encode(text));
  const out = new Uint8Array(IV_BYTES + data.byteLength);
  out.set(iv);
  out.set(new Uint8Array(data), IV_BYTES);
  return out;
}

/** A value sealed as JSON text (sealText). */
export function seal(key: CryptoKey, context: string, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  return sealText(key, context, JSON.stringify(value));
}

export class UnreadableContentError extends Error {
  constructor(context: string) {
    super(`Content of ${context} could not be decrypted with this workspace's key: it was changed, or encrypted with another key.`);
    this.name = 'UnreadableContentError';
  }
}

/** The text `sealText` encrypted, or an UnreadableContentError when the key, context or content is not the one sealed. */
export async function unsealText(key: CryptoKey, context: string, sealed: Uint8Array): Promise<string> {
  const bytes = new Uint8Array(sealed);
  try {
    const data = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES), additionalData: utf8.encode(context) },
      key,
      bytes.subarray(IV_BYTES),
    );
    return new TextDecoder().decode(data);
  } catch {
    throw new UnreadableContentError(context);
  }
}

/** The value `seal` encrypted. */
export async function unseal<T>(key: CryptoKey, context: string, sealed: Uint8Array): Promise<T> {
  return JSON.parse(await unsealText(key, context, sealed)) as T;
}

/** The IV a sealed value was encrypted with, for tests that check IVs never repeat. */
export function ivOf(sealed: Uint8Array): string {
  return toBase64(sealed.subarray(0, IV_BYTES));
}
