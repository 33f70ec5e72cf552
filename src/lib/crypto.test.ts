// Envelope encryption's laws (issue "Protecting children's personal data", "Done when"): what is sealed opens only with
// the same key and context, a fresh IV is used every time, and a wrong passphrase unwraps nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ivOf, newDataKey, seal, unseal, unwrapDataKey, UnreadableContentError, wrapDataKey, WrongPassphraseError } from './crypto';

const FAST = 1_000;

describe('sealing', () => {
  it('opens what it sealed, for any JSON value', async () => {
    const key = await newDataKey();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const opened = await unseal(key, 'audits:a', await seal(key, 'audits:a', value));
        expect(opened).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses another key, another context, or a changed byte', async () => {
    const [key, other] = await Promise.all([newDataKey(), newDataKey()]);
    const sealed = await seal(key, 'audits:a', { caseReference: 'CR-1' });
    await expect(unseal(other, 'audits:a', sealed)).rejects.toThrow(UnreadableContentError);
    await expect(unseal(key, 'audits:b', sealed)).rejects.toThrow(UnreadableContentError);
    const changed = new Uint8Array(sealed);
    changed[20] = (changed[20] ?? 0) ^ 1;
    await expect(unseal(key, 'audits:a', changed)).rejects.toThrow(UnreadableContentError);
  });

  it('never repeats an IV across 100,000 encryptions', async () => {
    const key = await newDataKey();
    const ivs = new Set<string>();
    for (let batch = 0; batch < 100; batch += 1) {
      const sealed = await Promise.all(Array.from({ length: 1_000 }, (_, i) => seal(key, 'x', i)));
      for (const s of sealed) ivs.add(ivOf(s));
    }
    expect(ivs.size).toBe(100_000);
  }, 60_000);
});

describe('key slots', () => {
  it('a passphrase unwraps the data key it wrapped, and a wrong one throws without revealing anything', async () => {
    const key = await newDataKey();
    const slot = await wrapDataKey(key, 'correct horse battery', FAST);
    const unwrapped = await unwrapDataKey(slot, 'correct horse battery');
    expect(unwrapped.extractable).toBe(false);
    expect(await unseal(unwrapped, 'c', await seal(key, 'c', 'same key'))).toBe('same key');
    await expect(unwrapDataKey(slot, 'correct horse batterY')).rejects.toThrow(WrongPassphraseError);
  });

  it('wraps with a fresh salt and IV each time', async () => {
    const key = await newDataKey();
    const [a, b] = await Promise.all([wrapDataKey(key, 'same passphrase', FAST), wrapDataKey(key, 'same passphrase', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.wrapped).not.toBe(b.wrapped);
  });
});
