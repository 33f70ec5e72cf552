// The one way pages build a form: react-hook-form, validated on submit (by zod for fixed forms, or by the pure core
// for template-driven sections), an error summary focused on each failed submit, the same words inline and in the
// summary, and "Error: " in the page title while errors show.
import { useState, type FormEvent, type ReactNode } from 'react';
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
  onSubmit: (e: FormEvent<HTMLFormElement>) => unknown;
  children: ReactNode;
  /** Errors that belong to no single field of this form (for example from the pure core across sections). */
  extraErrors?: ErrorItem[];
}

/**
 * The form element: no browser validation, the error summary, one submission at a time (a second press while saving
 * does nothing), and a failed save reported in the summary rather than lost.
 */
export function Form<T extends FieldValues>({ errors, submitCount, onSubmit, children, extraErrors = [] }: FormProps<T>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const items = [...errorItems(errors), ...extraErrors, ...(failure ? [{ href: '', message: failure.message }] : [])];
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    if (busy) {
      e.preventDefault();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(e);
      setFailure(null);
    } catch (error) {
      setFailure((f) => ({ message: `Not saved: ${error instanceof Error ? error.message : String(error)}`, attempt: (f?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
      <ErrorSummary errors={items} focusKey={submitCount + (failure?.attempt ?? 0) * 1000} />
      {children}
    </form>
  );
}
