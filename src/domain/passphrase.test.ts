import { describe, expect, it } from 'vitest';
import { passphraseProblem, PASSPHRASE_MIN } from './passphrase';

// Issue "Protecting children's personal data", point 1: each person's own passphrase, long enough to resist guessing.
describe('a new passphrase', () => {
  it.each([
    ['', 'Enter your passphrase of at least 12 characters'],
    ['eleven char', 'Enter your passphrase of at least 12 characters'],
    ['twelve chars', null],
    ['three random words', null],
    ['x'.repeat(201), 'A passphrase must be 200 characters or fewer'],
  ])('%j: %s', (text, problem) => {
    expect(passphraseProblem(text, 'your passphrase')).toBe(problem);
  });

  it('is at least 12 characters', () => {
    expect(PASSPHRASE_MIN).toBe(12);
  });
});
