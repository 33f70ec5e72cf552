import { describe, expect, it } from 'vitest';
import { describeFailure, FULL_DISK, NO_STORAGE, UPDATED_ELSEWHERE } from './failures';

const named = (name: string, inner?: unknown) => Object.assign(new Error(`raw ${name}`), { name, inner });

describe('failures in plain English', () => {
  it.each([
    ['a full disk, as the browser reports it', new DOMException('quota', 'QuotaExceededError'), FULL_DISK],
    ['a full disk, wrapped by Dexie', named('AbortError', new DOMException('quota', 'QuotaExceededError')), FULL_DISK],
    ['the database closed by an upgrade in another tab', named('DatabaseClosedError'), UPDATED_ELSEWHERE],
    ['no IndexedDB at all', named('MissingAPIError'), NO_STORAGE],
    ['IndexedDB failing to open in a private window', named('OpenFailedError', new DOMException('x', 'InvalidStateError')), NO_STORAGE],
  ])('%s', (_what, error, message) => {
    expect(describeFailure(error)).toBe(message);
  });

  it('leaves a message of our own as it is', () => {
    expect(describeFailure(new Error('Audit CR-1 was changed elsewhere'))).toBe('Audit CR-1 was changed elsewhere');
  });
});
