import type { z } from 'zod';

/** One line per problem, with the path into the file: what a template author needs to fix it. */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`).join('\n');
}
