// The one way pages build a form: react-hook-form, validated on submit (by zod for fixed forms, or by the pure core
// for template-driven sections), an error summary focused on each failed submit, the same words inline and in the
// summary, and "Error: " in the page title while errors show.
import type { FormEvent, ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ErrorSummary, type ErrorItem } from './error-summary';
import { fieldId } from './form';

/** Every error message in a react-hook-form errors object, with the form path it belongs to, in order. */
export function errorItems(errors: FieldErrors, prefix = ''): ErrorItem[] {
  const out: ErrorItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ href: fieldId(path), message });
    else out.push(...errorItems(value as FieldErrors, path));
  }
  return out;
}

/** The message for one form path, if any. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

interface FormProps<T extends FieldValues> {
  errors: FieldErrors<T>;
  submitCount: number;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  /** Errors that belong to no single field of this form (for example from the pure core across sections). */
  extraErrors?: ErrorItem[];
}

export function Form<T extends FieldValues>({ errors, submitCount, onSubmit, children, extraErrors = [] }: FormProps<T>) {
  const items = [...errorItems(errors), ...extraErrors];
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={items} focusKey={submitCount} />
      {children}
    </form>
  );
}
