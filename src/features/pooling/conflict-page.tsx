// A record changed both here and in a pack brought in: the two versions side by side, field by field, and the person
// chooses which to keep for each. Nothing is overwritten until they do.
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { fieldLabel } from '@/domain/describe-conflicts';
import { differences, resolveConflict } from '@/domain/pooling';
import { authorOf } from '@/domain/person';
import { useConflict, useRecord } from '@/data/live';
import type { Audit } from '@/domain/audit';
import type { ActionRecord } from '@/domain/actions';
import { useCurrentPerson } from '@/data/current-person';
import type { ConflictRecord } from '@/storage/db';
import { writeResolution } from '@/storage/packs';
import { describeFailure } from '@/lib/failures';
import { nowInstant } from '@/lib/clock';
import { paths } from '@/lib/paths';
import { BackLink } from '@/ui/content';
import { ErrorSummary } from '@/ui/error-summary';
import { Button, Radios, fieldId } from '@/ui/form';
import { MissingPage } from '@/ui/missing-page';
import { Columns, Page } from '@/ui/page';
import type { Person } from '@/domain/person';

/** A field's value in words, short enough to compare side by side. */
function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(nothing)';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value, null, 1)
    .replace(/[{}[\]"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 400 ? `${text.slice(0, 400)}…` : text || '(nothing)';
}

export function ConflictPage() {
  const { conflictId } = useParams();
  const conflict = useConflict(conflictId);
  const person = useCurrentPerson();
  // Our version as it is now: it may have changed since the pack was brought in.
  const ours = useRecord(conflict?.table, conflict?.recordId);
  if (conflict === undefined || !person || ours === undefined) return null;
  if (conflict === null) return <MissingPage what="conflict" to={paths.pooling} linkText="See what is left to resolve" />;
  const current = ours ?? conflict.ours;
  return <ConflictForm key={`${conflict.id}:${current.rev}`} conflict={conflict} ours={current} person={person} />;
}

function ConflictForm({ conflict, ours, person }: { conflict: ConflictRecord; ours: Audit | ActionRecord; person: Person }) {
  const navigate = useNavigate();
  const diffs = differences(ours, conflict.theirs);
  // One field a difference, named by its place in the list (paths may hold any character).
  const form = useForm<Record<string, 'ours' | 'theirs' | undefined>>();
  const chosen = useWatch({ control: form.control });
  const [errors, setErrors] = useState<{ href: string; message: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const what = 'details' in ours ? `the audit of case ${ours.details.caseReference}` : 'this action';

  const resolve = async (e: FormEvent) => {
    e.preventDefault();
    const values = form.getValues();
    const choices: Record<string, 'ours' | 'theirs'> = {};
    diffs.forEach((d, i) => {
      const choice = values[`d${i}`];
      if (choice) choices[JSON.stringify(d.path)] = choice;
    });
    setAttempt((n) => n + 1);
    const missing = diffs.flatMap((d, i) =>
      values[`d${i}`] ? [] : [{ href: fieldId(`d${i}`), message: `Choose which version of ${fieldLabel(d.path)} to keep` }],
    );
    if (missing.length) {
      setErrors(missing);
      return;
    }
    try {
      const now = nowInstant();
      await writeResolution(conflict, ours, resolveConflict(ours, conflict.theirs, choices, authorOf(person), now), now);
      navigate(paths.pooling);
    } catch (failure) {
      setErrors([{ href: '', message: `Not saved: ${describeFailure(failure)}` }]);
    }
  };

  return (
    <Page
      title="Choose between two versions"
      caption={`Changed here and in ${conflict.from}`}
      hasErrors={errors.length > 0}
      back={<BackLink to={paths.pooling}>Pool audits</BackLink>}
    >
      <Columns>
        <ErrorSummary errors={errors} focusKey={attempt} />
        <p className="govuk-body">
          Both this workspace and the pack changed {what} since they last had the same version. For each part that differs, choose the version to keep. Both
          histories are kept either way.
        </p>
        <form noValidate onSubmit={(e) => void resolve(e)}>
          {diffs.map((d, i) => {
            const id = fieldId(`d${i}`);
            return (
              <Radios
                key={JSON.stringify(d.path)}
                id={id}
                legend={`${fieldLabel(d.path).charAt(0).toUpperCase()}${fieldLabel(d.path).slice(1)}`}
                error={errors.find((x) => x.href === id)?.message}
                value={chosen[`d${i}`]}
                registration={form.register(`d${i}`)}
                options={[
                  { value: 'ours', label: 'Keep the version in this workspace', hint: show(d.ours) },
                  { value: 'theirs', label: 'Take the version from the pack', hint: show(d.theirs) },
                ]}
              />
            );
          })}
          <Button>Keep these choices</Button>
        </form>
      </Columns>
    </Page>
  );
}
