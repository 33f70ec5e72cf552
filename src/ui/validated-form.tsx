// The one way pages build a form: react-hook-form, validated on submit (by zod for fixed forms, or by the pure core
// for template-driven sections), an error summary focused on each failed submit, the same words inline and in the
// summary, and "Error: " in the page title while errors show.
import type { FormEvent, ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ErrorSummary, type ErrorItem } from './error-summary';
import { fieldId } from './form';

/**
 * A form over a zod schema: checked on submit only, with focus left for the error summary (GOV.UK), not moved to
 * the first field.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: false,
    mode: 'onSubmit',
  });
}

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
