// The one way pages build a form: react-hook-form, validated on submit (by zod for fixed forms, or by the pure core
// for template-driven sections), an error summary focused on each failed submit, the same words inline and in the
// summary, and "Error: " in the page title while errors show.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { checkDateFields, type DateFields } from '@/domain/calendar/date-fields';
import type { IsoDate } from '@/domain/calendar/iso-date';
import { tooLong } from '@/domain/text-limits';
import { describeFailure } from '@/lib/failures';
import { ErrorSummary, type ErrorItem } from './error-summary';
import { Button, ButtonGroup, fieldId } from './form';
import { WarningText } from './content';

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

/**
 * Typed text, trimmed (unless `trim` is false), at most `max` characters, saying so in the one way (tooLong); when
 * `required` is given, it is the message for an empty field.
 */
export function textSchema(what: string, max: number, { required, trim = true }: { required?: string; trim?: boolean } = {}) {
  const s = trim ? z.string().trim() : z.string();
  return (required ? s.refine((v) => v.trim().length > 0, { error: required }) : s).max(max, { error: tooLong(what, max) });
}

/**
 * The values ticked in a group of checkboxes, as a list: the form gives a list, `false` when none is ticked, and the
 * value alone when the group has a single box. `ids` limits them to the choices offered.
 */
export function checkedSchema<T extends string>(ids?: readonly T[]) {
  const one = ids ? z.enum(ids as [T, ...T[]]) : (z.string() as unknown as z.ZodType<T>);
  return z
    .array(one)
    .or(z.literal(false).transform((): T[] => []))
    .or(one.transform((v) => [v]));
}

/** A time typed in the 24-hour clock, such as 9:30 or 14:30; `message` says what to enter when it is not one. */
export function timeSchema(message: string) {
  return z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: message });
}

/** The three fields of a GOV.UK date input, kept as typed; checked with checkDateFields. */
export const dateFieldsSchema = z.object({ day: z.string(), month: z.string(), year: z.string() });

/**
 * Checks a period typed as "Audits from" and "Audits to" (or the labels given), adding each problem at its field; the
 * period, or null when there is a problem.
 */
export function checkPeriod(
  v: { from: DateFields; to: DateFields },
  ctx: z.RefinementCtx,
  labels: { from: string; to: string } = { from: 'Audits from', to: 'Audits to' },
): { from: IsoDate; to: IsoDate } | null {
  const from = checkDateFields(labels.from, v.from);
  const to = checkDateFields(labels.to, v.to);
  if (!from.ok) ctx.addIssue({ code: 'custom', path: ['from'], message: from.message });
  if (!to.ok) ctx.addIssue({ code: 'custom', path: ['to'], message: to.message });
  if (!from.ok || !to.ok) return null;
  if (to.date < from.date) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `${labels.to} must be the same as or after ${labels.from.toLowerCase()}` });
    return null;
  }
  return { from: from.date, to: to.date };
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

// Any form, whatever its resolver's context and output types: binding a field reads only its values and errors.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm<T extends FieldValues> = UseFormReturn<T, any, any>;

/**
 * One field bound to its form by its path: the id the error summary links to, its error, and its registration. Every
 * field is bound this way: `<TextInput label="Their role" {...bind(form, 'notifiedRole')} />`.
 */
export function bind<T extends FieldValues>(form: AnyForm<T>, name: Path<T>) {
  return { id: fieldId(name), error: errorAt(form.formState.errors, name), registration: form.register(name) };
}

/** A GOV.UK date input (day, month and year fields) bound to its form by the path of its three parts. */
export function bindDate<T extends FieldValues>(form: AnyForm<T>, name: Path<T>) {
  const part = (p: 'day' | 'month' | 'year') => form.register(`${name}.${p}` as Path<T>);
  return { id: fieldId(name), error: errorAt(form.formState.errors, name), registrations: { day: part('day'), month: part('month'), year: part('year') } };
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
      setFailure((f) => ({ message: `Not saved: ${describeFailure(error)}`, attempt: (f?.attempt ?? 0) + 1 }));
    } finally {
      setBusy(false);
    }
  };
  return (
    // autoComplete off: the browser's form-filling store is outside the workspace and would keep what is typed.
    <form noValidate autoComplete="off" onSubmit={(e) => void submit(e)} aria-busy={busy || undefined}>
      <ErrorSummary errors={items} focusKey={submitCount + (failure?.attempt ?? 0) * 1000} />
      {children}
    </form>
  );
}

/**
 * "Are you sure?" before something is taken away: what will go, a warning button that does it and a way back. A
 * refusal (for example, records still depend on it) shows in the error summary, as any failed save does.
 */
export function ConfirmForm({
  warning,
  confirm,
  onConfirm,
  onCancel,
}: {
  warning: ReactNode;
  confirm: string;
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
}) {
  return (
    <Form
      errors={{}}
      submitCount={0}
      onSubmit={(e) => {
        e.preventDefault();
        return onConfirm();
      }}
    >
      <WarningText>{warning}</WarningText>
      <ButtonGroup>
        <Button warning>{confirm}</Button>
        <Button type="button" secondary onClick={onCancel}>
          No, keep it
        </Button>
      </ButtonGroup>
    </Form>
  );
}
