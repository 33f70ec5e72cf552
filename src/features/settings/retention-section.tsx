// Retention: the audits older than a chosen period are listed for deletion, and deleted in one step, all or nothing,
// once the person confirms. The deletion is recorded without what was deleted (domain/retention.ts).
import { useState } from 'react';
import { z } from 'zod';
import { Button, Select } from '@/ui/form';
import { Form, useZodForm, bind, ConfirmForm } from '@/ui/validated-form';
import { NotificationBanner } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { Section } from '@/ui/page';
import { deletionRecord, dueForDeletion, RETENTION_YEARS, retentionRule } from '@/domain/retention';
import { formatDateTime, formatLongDate } from '@/domain/calendar/iso-date';
import { authorOf } from '@/domain/person';
import { AUDIT_STATUS_LABELS } from '@/domain/audit';
import type { LabelledSummary } from '@/domain/summary';
import { useDeletions, useLabelledSummaries } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { getAudits } from '@/storage/read';
import { deleteAudits } from '@/storage/write';
import { localDateTimeOf, today } from '@/lib/clock';
import { newId } from '@/lib/ids';

const schema = z.object({ years: z.string().min(1, { error: 'Select how long audits are kept' }) });
const SHOWN = 50;

export function RetentionSection() {
  const summaries = useLabelledSummaries();
  const deletions = useDeletions();
  const person = useCurrentPerson();
  const form = useZodForm(schema, { years: '' });
  const [listed, setListed] = useState<{ years: number; audits: LabelledSummary[] } | null>(null);
  const [done, setDone] = useState('');
  if (!summaries || !deletions || !person) return null;
  const onList = form.handleSubmit(({ years }) => {
    setDone('');
    setListed({ years: Number(years), audits: dueForDeletion(summaries, today(), Number(years)) });
  });
  const onDelete = async () => {
    if (!listed) return;
    const rule = retentionRule(today(), listed.years);
    const audits = await getAudits(listed.audits.map((a) => a.id));
    const record = await deleteAudits(audits, (now, actions) =>
      deletionRecord(
        newId(),
        audits.map((a) => a.id),
        actions,
        rule,
        authorOf(person),
        now,
      ),
    );
    setListed(null);
    setDone(
      `${record.auditIds.length} audit${record.auditIds.length === 1 ? ' was' : 's were'} deleted, with ${record.actions} action${record.actions === 1 ? '' : 's'} raised only in them. The deletion is recorded below.`,
    );
  };
  return (
    <Section id="retention" title="Retention">
      <p className="govuk-body">
        Keep audits only as long as your authority’s retention schedule says. Choose the period to see the audits older than it; nothing is deleted until you
        confirm.
      </p>
      {done && (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <Form errors={form.formState.errors} submitCount={form.formState.submitCount} onSubmit={onList}>
        <Select
          {...bind(form, 'years')}
          label="Keep audits for"
          hint="Audits dated before the start of this period are listed for deletion."
          options={[{ value: '', label: 'Choose a period' }, ...RETENTION_YEARS.map((y) => ({ value: String(y), label: y === 1 ? '1 year' : `${y} years` }))]}
        />
        <Button secondary>List audits older than this</Button>
      </Form>
      {listed && listed.audits.length === 0 && (
        <p className="govuk-body" role="status">
          No audit is {retentionRule(today(), listed.years).toLowerCase()}.
        </p>
      )}
      {listed && listed.audits.length > 0 && (
        <>
          <SimpleTable
            caption={`${listed.audits.length} audit${listed.audits.length === 1 ? '' : 's'} ${retentionRule(today(), listed.years).toLowerCase()}${listed.audits.length > SHOWN ? ` (the oldest ${SHOWN} shown)` : ''}`}
            headings={['Case reference', 'Date of audit', 'Team', 'Status']}
            rows={listed.audits.slice(0, SHOWN).map((a) => ({
              key: a.id,
              cells: [a.caseReference, formatLongDate(a.auditDate), a.team, AUDIT_STATUS_LABELS[a.status]],
            }))}
          />
          <ConfirmForm
            warning={`Deleting cannot be undone. Back up the workspace first if your authority keeps an archive. ${listed.audits.length} audit${listed.audits.length === 1 ? '' : 's'} and the actions raised only in them will be deleted, all together or not at all.`}
            confirm={`Delete ${listed.audits.length} audit${listed.audits.length === 1 ? '' : 's'}`}
            onConfirm={onDelete}
            onCancel={() => setListed(null)}
          />
        </>
      )}
      {deletions.length > 0 && (
        <SimpleTable
          caption="Deletions recorded"
          headings={['When', 'By', 'Rule', 'Audits', 'Actions']}
          rows={deletions.map((r) => ({
            key: r.id,
            cells: [formatDateTime(localDateTimeOf(r.at)), `${r.by.name}, ${r.by.designation}`, r.rule, String(r.auditIds.length), String(r.actions)],
          }))}
        />
      )}
    </Section>
  );
}
