// Files that leave the workspace, sealed. A backup of a protected workspace is encrypted with the workspace's own key
// and carries its key slots, so anyone who can unlock the workspace can restore it, here or on another device. An
// audit pack for another device is encrypted under a passphrase chosen for that pack (a key of its own, wrapped under
// the passphrase as a slot is), which is passed on another way. A file is in the clear only by an explicit choice.
// The outer envelope holds only what opening it needs: the format, when it was made, the slots' names and wrapped keys.
import { fromBase64, newDataKey, sealText, toBase64, unsealText, unwrapDataKey, wrapDataKey, WrongPassphraseError, type WrappedKey } from '@/lib/crypto';
import { keySlots, openWithWorkspaceKey, sealWithWorkspaceKey } from './protection';

interface SealedEnvelope {
  format: string;
  sealed: true;
  createdAt: string;
  /** Who can open it: a name for each wrapped key (a person's slot, or "the pack's passphrase"). */
  slots: (WrappedKey & { name: string })[];
  /** Base64 of the file's text, sealed. */
  content: string;
}

export class PassphraseNeededError extends Error {
  readonly names: string[];
  constructor(names: string[]) {
    super(`This file is encrypted. Enter the passphrase of ${names.length === 1 ? names[0] : `one of: ${names.join(', ')}`} to open it.`);
    this.name = 'PassphraseNeededError';
    this.names = names;
  }
}

/** A file that is not as Audit Workbench seals one: damaged, or made to keep the app busy. */
export class SealedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedFileError';
  }
}

/** The most ways to open one file, and the most passphrase iterations one may ask for (the app asks 600,000). */
const MAX_SLOTS = 50;
const MAX_ITERATIONS = 2_000_000;
const BASE64 = /^[A-Za-z0-9+/]{1,200}={0,2}$/;

/** The outer envelope, checked before any passphrase is tried with it. */
function checkedEnvelope(text: string): SealedEnvelope {
  let outer: Partial<SealedEnvelope>;
  try {
    outer = JSON.parse(text) as Partial<SealedEnvelope>;
  } catch {
    throw new SealedFileError('This file is damaged: it is not complete, so it cannot be opened.');
  }
  const slots = Array.isArray(outer.slots) ? outer.slots : [];
  if (typeof outer.content !== 'string' || typeof outer.createdAt !== 'string' || slots.length === 0) {
    throw new SealedFileError('This file is damaged: it does not say how it is to be opened.');
  }
  if (slots.length > MAX_SLOTS) throw new SealedFileError(`This file is damaged: it has ${slots.length} ways to open it, more than Audit Workbench makes.`);
  for (const slot of slots) {
    const ok =
      typeof slot.name === 'string' &&
      slot.name.length <= 200 &&
      [slot.salt, slot.iv, slot.wrapped].every((v) => typeof v === 'string' && BASE64.test(v)) &&
      Number.isInteger(slot.iterations) &&
      slot.iterations >= 1 &&
      slot.iterations <= MAX_ITERATIONS;
    if (!ok) {
      throw new SealedFileError(
        Number.isInteger(slot.iterations) && slot.iterations > MAX_ITERATIONS
          ? `This file is damaged or was not made by Audit Workbench: it asks for ${slot.iterations.toLocaleString('en-GB')} iterations of the passphrase, more than Audit Workbench ever uses.`
          : 'This file is damaged: one of the ways to open it is not as Audit Workbench writes it.',
      );
    }
  }
  return outer as SealedEnvelope;
}

const context = (format: string, createdAt: string) => `file:${format}:${createdAt}`;
const prefix = (format: string) => `{"format":${JSON.stringify(format)},"sealed":true,`;

function envelope(format: string, createdAt: string, slots: SealedEnvelope['slots'], sealed: Uint8Array): string {
  return JSON.stringify({ format, sealed: true, createdAt, slots, content: toBase64(sealed) } satisfies SealedEnvelope);
}

/** A file's text sealed with the workspace key, carrying the workspace's key slots; null in an unprotected workspace. */
export async function sealForWorkspace(format: string, text: string, now: string): Promise<string | null> {
  const sealed = await sealWithWorkspaceKey(context(format, now), text);
  if (!sealed) return null;
  const slots = (await keySlots()).map(({ name, salt, iterations, iv, wrapped }) => ({ name, salt, iterations, iv, wrapped }));
  return envelope(format, now, slots, sealed);
}

/** A file's text sealed with a key of its own, wrapped under a passphrase chosen for it. */
export async function sealForPassphrase(format: string, text: string, passphrase: string, now: string): Promise<string> {
  const key = await newDataKey();
  const slot = { name: 'the passphrase chosen for it', ...(await wrapDataKey(key, passphrase)) };
  return envelope(format, now, [slot], await sealText(key, context(format, now), text));
}

/** Whether a file's text is a sealed file of this format. */
export function isSealedFile(text: string, format: string): boolean {
  return text.startsWith(prefix(format));
}

/**
 * The text inside a file: as it is when it is not sealed; opened with the workspace key when that sealed it; or with a
 * passphrase that opens one of its slots. Throws a PassphraseNeededError when one is needed and not given, and a
 * WrongPassphraseError when the one given opens none.
 */
export async function openFileText(text: string, format: string, passphrase?: string): Promise<string> {
  if (!isSealedFile(text, format)) return text;
  const outer = checkedEnvelope(text);
  const sealed = fromBase64(outer.content);
  const where = context(format, outer.createdAt);
  const mine = await openWithWorkspaceKey(where, sealed);
  if (mine !== null) return mine;
  if (!passphrase) throw new PassphraseNeededError(outer.slots.map((s) => s.name));
  for (const slot of outer.slots) {
    try {
      return await unsealText(await unwrapDataKey(slot, passphrase), where, sealed);
    } catch {
      // Not this slot's passphrase: try the next.
    }
  }
  throw new WrongPassphraseError();
}
