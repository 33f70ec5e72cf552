// Starting an audit: the case reference (the child's record number: the audit does not need the child's name), who
// is involved, when, the case type and the audit activity. The same form changes the details of a draft.
import { NAME_LIMIT, CASE_REFERENCE_LIMIT, tooLong } from '@/domain/text-limits';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { createAudit, type Audit, type AuditDetails, isReadOnly, changeAuditDetails } from '@/domain/audit';
import { checkDateFields, dateFieldsFromIso } from '@/domain/calendar/date-fields';
import { AGE_BAND_LABELS, AGE_BANDS, AUDIT_ACTIVITIES, AUDIT_ACTIVITY_LABELS, CASE_TYPES, CASE_TYPE_LABELS } from '@/domain/template';
import { authorOf, type Person } from '@/domain/person';
import { describeEntry, inProgrammeYear, programmeYearLabel, type AuditProgramme, type ProgrammeEntry } from '@/domain/programme';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';
import { Page, Columns } from '@/ui/page';
import { BackLink } from '@/ui/content';
import { Button, DateInput, Radios, Select, TextInput, fieldId } from '@/ui/form';
import { Form, dateFieldsSchema, useZodForm, bind, bindDate, textSchema } from '@/ui/validated-form';
import { useAudit, useProgrammes, useSettings } from '@/data/live';
import { useCurrentPerson } from '@/data/current-person';
import { addAudit, writeAudit } from '@/storage/write';
import { newId } from '@/lib/ids';
import { today } from '@/lib/clock';
import { paths } from '@/lib/paths';
import { useCopyAsOpened } from '@/ui/use-copy-as-opened';

const short = (label: string) => textSchema(`${label.charAt(0).toUpperCase()}${label.slice(1)}`, NAME_LIMIT, { required: `Enter ${label}` });

type ProgrammeChoice = { programme: AuditProgramme; entry: ProgrammeEntry };

function detailsSchema(todayIso: string, entries: ReadonlyMap<string, ProgrammeChoice>) {
  return z
    .object({
      caseReference: z
        .string()
        .trim()
        .min(1, { error: 'Enter the case reference' })
        .max(CASE_REFERENCE_LIMIT, { error: tooLong('The case reference', CASE_REFERENCE_LIMIT) })
        .regex(/^[A-Za-z0-9][A-Za-z0-9 /_-]*$/, { error: 'The case reference must be letters, numbers, spaces, hyphens or slashes only' }),
      team: short('the team'),
      practitioner: short('the practitioner’s name'),
      csw: short('the CSW’s name'),
      auditor: short('the auditor’s name'),
      auditDate: dateFieldsSchema,
      caseType: z.enum(CASE_TYPES, { error: 'Select the case type' }),
      ageBand: z
        .union([z.literal(''), z.enum(AGE_BANDS)])
        .nullable()
        .optional()
        .transform((v) => v ?? ''),
      activity: z.enum(AUDIT_ACTIVITIES, { error: 'Select the audit activity' }),
      programmeEntryId: z.string(),
    })
    .transform((v, ctx) => {
      const date = checkDateFields('Date of audit', v.auditDate, { notAfter: todayIso, notAfterMessage: 'Date of audit must be today or in the past' });
      if (!date.ok) ctx.addIssue({ code: 'custom', path: ['auditDate'], message: date.message });
      const choice = entries.get(v.programmeEntryId);
      if (v.programmeEntryId && !choice)
        ctx.addIssue({ code: 'custom', path: ['programmeEntryId'], message: 'That programme activity no longer exists: choose another, or none' });
      if (choice && choice.entry.activity !== v.activity) {
        ctx.addIssue({
          code: 'custom',
          path: ['activity'],
          message: `The programme activity chosen is ${AUDIT_ACTIVITY_LABELS[choice.entry.activity]}: select ${AUDIT_ACTIVITY_LABELS[choice.entry.activity]}, or choose another programme activity`,
        });
      }
      const outsideYear = !!choice && date.ok && !inProgrammeYear(choice.programme, date.date);
      if (outsideYear && choice) {
        ctx.addIssue({
          code: 'custom',
          path: ['programmeEntryId'],
          message: `The date of the audit is outside ${choice.programme.title} (${programmeYearLabel(choice.programme.startYear)}): choose an activity of that year's programme, or none`,
        });
      }
      if (!date.ok || outsideYear || (v.programmeEntryId && !choice) || (choice && choice.entry.activity !== v.activity)) return z.NEVER;
      const { programmeEntryId, ...rest } = v;
      return {
        ...rest,
        auditDate: date.date,
        programmeId: choice?.programme.id ?? '',
        programmeEntryId: choice ? programmeEntryId : '',
      } satisfies AuditDetails;
    });
}

export function StartAuditPage() {
  const { auditId } = useParams();
  const existing = useAudit(auditId);
  const person = useCurrentPerson();
  const settings = useSettings();
  const programmes = useProgrammes();
  if (!person || settings === undefined || !programmes || (auditId !== undefined && existing === undefined)) return null;
  if (auditId !== undefined && (!existing || isReadOnly(existing))) {
    return (
      <Page title="These details cannot be changed">
        <p className="govuk-body">Only the details of a draft audit can be changed. Reopen the audit first.</p>
      </Page>
    );
  }
  return <AuditDetailsForm existing={existing ?? null} person={person} policyId={settings.timescalePolicyId} programmes={programmes} />;
}

function AuditDetailsForm({
  existing,
  person,
  policyId,
  programmes,
}: {
  existing: Audit | null;
  person: Person;
  policyId: string;
  programmes: AuditProgramme[];
}) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const todayIso = today();
  const entries = new Map(programmes.flatMap((programme) => programme.entries.map((entry) => [entry.id, { programme, entry }] as const)));
  const form = useZodForm(
    detailsSchema(todayIso, entries),
    existing
      ? { ...existing.details, auditDate: dateFieldsFromIso(existing.details.auditDate), programmeEntryId: existing.details.programmeEntryId ?? '' }
      : newDetails(),
  );
  // Started from a programme activity: counted towards it, with its activity and team filled in; from a case record
  // selected for it, with that case's reference, team and case type too.
  function newDetails() {
    const choice = entries.get(search.get('entry') ?? '');
    const selected = choice?.entry.selection?.cases[Number(search.get('case') ?? 0) - 1];
    return {
      caseReference: selected?.caseReference ?? '',
      team: selected?.team || choice?.entry.team || '',
      ...(selected?.caseType ? { caseType: selected.caseType } : {}),
      practitioner: '',
      csw: '',
      auditor: person.name,
      auditDate: dateFieldsFromIso(todayIso),
      programmeEntryId: choice?.entry.id ?? '',
      ...(choice ? { activity: choice.entry.activity } : {}),
    };
  }
  const programmeEntry = form.register('programmeEntryId', {
    // Choosing a programme activity sets the audit activity to match.
    onChange: (e: { target: { value: string } }) => {
      const choice = entries.get(e.target.value);
      if (choice) form.setValue('activity', choice.entry.activity);
    },
  });
  const caseType = useWatch({ control: form.control, name: 'caseType' });
  const activity = useWatch({ control: form.control, name: 'activity' });
  const { errors, submitCount } = form.formState;
  const opened = useCopyAsOpened(existing);
  const editing = existing !== null;

  const onSubmit = form.handleSubmit(async (details) => {
    if (existing) {
      await writeAudit(opened ?? existing, (current, now) => changeAuditDetails(current, details, authorOf(person), now));
      navigate(paths.audit(existing.id));
      return;
    }
    const template = latestAuditTemplate();
    const policy = latestTimescalePolicy(policyId);
    const saved = await addAudit((now) => createAudit({ id: newId(), now, by: authorOf(person), details, template, policy }));
    navigate(paths.audit(saved.id));
  });
  return (
    <Page
      title={editing ? 'Change the audit details' : 'Start an audit'}
      hasErrors={Object.keys(errors).length > 0}
      back={<BackLink to={existing ? paths.audit(existing.id) : paths.audits} />}
    >
      <Columns>
        <Form errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
          <TextInput
            {...bind(form, 'caseReference')}
            label="Case reference"
            hint="The child's record number on the case record system. The audit does not need the child's name."
            className="govuk-input--width-20"
            spellCheck={false}
          />
          <TextInput {...bind(form, 'team')} label="Team" />
          <TextInput {...bind(form, 'practitioner')} label="Practitioner (allocated social worker)" />
          <TextInput {...bind(form, 'csw')} label="Consultant social worker (CSW)" hint="The CSW completes Part B" />
          <TextInput {...bind(form, 'auditor')} label="Auditor" />
          <DateInput {...bindDate(form, 'auditDate')} legend="Date of audit" hint="For example, 27 3 2025" />
          <Radios {...bind(form, 'caseType')} legend="Case type" value={caseType} options={CASE_TYPES.map((c) => ({ value: c, label: CASE_TYPE_LABELS[c] }))} />
          <Radios
            {...bind(form, 'ageBand')}
            legend="The child’s age at the date of the audit (optional)"
            hint="Only the age band: the audit never needs the date of birth. Some timescales and visiting rules depend on it, such as seeing a child under 3 awake."
            inline
            small
            options={AGE_BANDS.map((a) => ({ value: a, label: AGE_BAND_LABELS[a] }))}
          />
          {programmes.length > 0 && (
            <Select
              id={fieldId('programmeEntryId')}
              label="Part of the auditing programme (optional)"
              hint="Counts this audit towards the programme’s activity for that month"
              error={errors.programmeEntryId?.message}
              registration={programmeEntry}
              options={[
                { value: '', label: 'Not part of the programme' },
                ...programmes.flatMap((p) => p.entries.map((e) => ({ value: e.id, label: `${p.title}: ${describeEntry(e)}` }))),
              ]}
            />
          )}
          <Radios
            {...bind(form, 'activity')}
            legend="Audit activity"
            value={activity}
            options={AUDIT_ACTIVITIES.map((a) => ({ value: a, label: AUDIT_ACTIVITY_LABELS[a] }))}
          />
          <Button>{editing ? 'Save changes' : 'Start audit'}</Button>
        </Form>
      </Columns>
    </Page>
  );
}
