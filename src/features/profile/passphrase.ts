// A new passphrase in a form: the core's rule (domain/passphrase.ts), typed twice to be sure of it.
import { z } from 'zod';
import { PASSPHRASE_MIN, passphraseProblem } from '@/domain/passphrase';

export const PASSPHRASE_HINT = `At least ${PASSPHRASE_MIN} characters. Three random words make a good one. Nobody can recover it: if everyone who can unlock this workspace forgets theirs, the audits in it are gone.`;

export const passphrase = (what: string) =>
  z.string().superRefine((v, ctx) => {
    const problem = passphraseProblem(v, what);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A new passphrase (`first`) and the same typed again (`second`): the second is checked against the first. */
export function withConfirmation<S extends z.ZodObject>(schema: S, first: keyof z.output<S> & string, second: keyof z.output<S> & string) {
  return schema.refine((v: Record<string, unknown>) => v[first] === v[second], {
    error: 'The passphrases do not match: type the same passphrase twice',
    path: [second],
  });
}
