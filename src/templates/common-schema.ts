// Pieces shared by the template and policy schemas.
import { z } from 'zod';

export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Ids are lower-case words joined by hyphens' });
export const text = z.string().trim().min(1, { error: 'Text must not be empty' });
/** The envelope every template and policy file opens with: what kind of file it is, its id and its version. */
export const fileHeader = <K extends string>(type: K) => ({ type: z.literal(type), id, version: z.number().int().positive() });
/** A seed is cited by its file name in shared/seeds, for example 003_1d5816b13687e798.txt. */
export const seedFile = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'A seed is cited by its file name' });
