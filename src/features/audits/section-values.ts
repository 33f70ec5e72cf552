// The pure core's problems with a section as react-hook-form errors. The form edits the section's part of the audit
// (SectionEdit), and problems name their field by its path there, so each lands on its own field unchanged.
import type { FieldErrors } from 'react-hook-form';
import type { Problem } from '@/domain/completeness';
import type { SectionEdit } from '@/domain/section-edit';

/** Problems as react-hook-form errors, nested by path, the first problem of a field kept. */
export function problemsToErrors(problems: readonly Problem[]): FieldErrors<SectionEdit> {
  const root: Record<string, unknown> = {};
  for (const p of problems) {
    const parts = p.field.split('.');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!node[part]) node[part] = { type: 'domain', message: p.message };
      } else {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  return root as FieldErrors<SectionEdit>;
}
