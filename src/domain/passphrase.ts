// What a passphrase must be, said one way wherever one is set (a person's, or a pack's): long enough to resist
// guessing. The National Cyber Security Centre advises three random words.

export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 200;

/** What is wrong with a new passphrase, in words naming `what` it is ("your passphrase"), or null when nothing is. */
export function passphraseProblem(text: string, what: string): string | null {
  if (text.length < PASSPHRASE_MIN) return `Enter ${what} of at least ${PASSPHRASE_MIN} characters`;
  if (text.length > PASSPHRASE_MAX) return `A passphrase must be ${PASSPHRASE_MAX} characters or fewer`;
  return null;
}
