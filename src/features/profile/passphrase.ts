// What a passphrase must be, said one way wherever one is set: long enough to resist guessing (the National Cyber
// Security Centre advises three random words), typed twice to be sure of it.
import { z } from 'zod';

export const PASSPHRASE_MIN = 12;

export const PASSPHRASE_HINT = `At least ${PASSPHRASE_MIN} characters. Three random words make a good one. Nobody can recover it: if everyone who can unlock this workspace forgets theirs, the audits in it are gone.`;

export const passphrase = (what = 'a passphrase') =>
  z
    .string()
    .min(PASSPHRASE_MIN, { error: `Enter ${what} of at least ${PASSPHRASE_MIN} characters` })
    .max(200, { error: 'A passphrase must be 200 characters or fewer' });

/** A new passphrase (`first`) and the same typed again (`second`): the second is checked against the first. */
export function withConfirmation<S extends z.ZodObject>(schema: S, first: keyof z.output<S> & string, second: keyof z.output<S> & string) {
  return schema.refine((v: Record<string, unknown>) => v[first] === v[second], {
    error: 'The passphrases do not match: type the same passphrase twice',
    path: [second],
  });
}
