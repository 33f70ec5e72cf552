// The pieces of stored shapes that several kinds of record share: text, grades, who did something, histories,
// dates, and the revision fields every versioned record carries.
import { z } from 'zod';
import { HISTORY_KINDS } from '@/domain/audit';
import { GRADES } from '@/domain/grade';
import { isRev } from '@/domain/revision';

export const text = z.string();
export const optional = <T extends z.ZodType>(schema: T) => schema.optional();
export const grade = z.enum(GRADES);
export const author = z.strictObject({ name: text, designation: text });
export const history = z.array(z.strictObject({ at: text, by: author, kind: z.enum(HISTORY_KINDS), detail: text }));
export const dateFields = z.strictObject({ day: text, month: text, year: text });
/** A `YYYY-MM-DD` date, or '' where none is given. */
export const dateOrNone = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
export const revisionId = z.string().refine((r) => r === '' || isRev(r), { error: 'Not a revision id' });
export const revision = { id: text.min(1), rev: revisionId, revisions: z.array(revisionId), updatedAt: text };
