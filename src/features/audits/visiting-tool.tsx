// The Frequency of visiting section's calculator (seed 003, "Frequency of visiting"): the auditor chooses the rule
// that applies, enters the visits, and sees every breach, the longest gap, how often the child was seen alone and
// how many visits were unannounced, on a timeline with the same facts as a table.
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Audit } from '@/domain/audit';
import { addDays, formatLongDate } from '@/domain/calendar/iso-date';
import { regimeEvents, visitingRegimesFor } from '@/domain/visiting';
import { formatLimit } from '@/domain/timescales';
import { type TimescalePolicy } from '@/domain/policy';
import { awakeApplies, visitingOf, visitingTimeline, type VisitingBreach, type VisitingResult } from '@/domain/visiting';
import { ChartFigure } from '@/ui/chart-figure';
import { SummaryList } from '@/ui/content';
import { SimpleTable } from '@/ui/simple-table';
import { Radios, Select, Textarea, TextInput, fieldId } from '@/ui/form';
import { errorAt, bind } from '@/ui/validated-form';
import { RemoveButton } from '@/ui/remove-button';
import { newId } from '@/lib/ids';
import { KeyDates } from './key-dates';
import { CaseDateInput } from './case-date-input';
import { blankVisit, type SectionEdit } from '@/domain/section-edit';

function Timeline({ result, periodEnd }: { result: VisitingResult; periodEnd: string }) {
  const points = visitingTimeline(result, periodEnd);
  const anchor = result.anchor ?? periodEnd;
  const series = (kind: string) => points.filter((p) => p.kind === kind).map((p) => ({ ...p, y: 1 }));
  return (
    <ChartFigure
      caption="Visits over time, with breaches marked"
      height={140}
      chart={
        <ResponsiveContainer width="100%" height={140}>
          <ScatterChart margin={{ top: 10, right: 20, bottom: 20, left: 10 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" dataKey="day" name="Day" domain={[0, 'dataMax']} tickFormatter={(d: number) => formatLongDate(addDays(anchor, d))} />
            <YAxis type="number" dataKey="y" hide domain={[0, 2]} />
            <Tooltip formatter={(_v, _n, item) => (item.payload as { label: string }).label} labelFormatter={() => ''} />
            <Scatter name="Visit" data={series('visit')} fill="#1d70b8" />
            <Scatter name="Late visit" data={series('late-visit')} fill="#d4351c" shape="diamond" />
            <Scatter name="Visit due" data={series('due')} fill="#d4351c" shape="cross" />
            <Scatter name="Placement move" data={series('move')} fill="#f47738" shape="triangle" />
            <Scatter name="Start and end" data={[...series('start'), ...series('end')]} fill="#505a5f" shape="square" />
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <SimpleTable
          caption="Timeline"
          headings={['Date', 'What']}
          rows={points.map((p, i) => ({ key: String(i), cells: [<span className="app-nowrap">{formatLongDate(p.date)}</span>, p.label] }))}
        />
      }
    />
  );
}

/** The visit that ended a breach, in words: the late visit, none before a move that restarted visiting, or none at all. */
function breachVisit(b: VisitingBreach): string {
  if (b.visit) return formatLongDate(b.visit);
  return b.endedBy ? `None before the move on ${formatLongDate(b.endedBy)}` : 'None by the date of the audit';
}

const BASIS: Record<VisitingResult['basis'], string> = {
  policy: 'The visiting rule of the policy',
  plan: 'The frequency the plan or supervision set (or the rule’s minimum, where more often)',
  guidance: 'Good practice, as guidance: no frequency set by the plan or supervision is recorded',
};

export function VisitingFindings({ result, periodEnd }: { result: VisitingResult; periodEnd: string }) {
  if (result.status !== 'evaluated') return null;
  const share = result.seenAlone.share;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Judged against', value: BASIS[result.basis] },
          { key: 'Visits in the period', value: String(result.visits.length) },
          {
            key: 'Breaches',
            value:
              result.basis === 'guidance'
                ? `None judged: good practice is guidance. ${result.guidance.length === 0 ? 'Every visit was as often as good practice.' : `${result.guidance.length} later than good practice.`}`
                : result.breaches.length === 0
                  ? 'None'
                  : String(result.breaches.length),
          },
          {
            key: 'Longest gap',
            value: result.longestGap
              ? `${result.longestGap.days} days, ${formatLongDate(result.longestGap.from)} to ${formatLongDate(result.longestGap.to)}`
              : 'None',
          },
          {
            key: 'Seen alone',
            value: share === null ? 'Not recorded' : `${result.seenAlone.yes} of ${result.seenAlone.recorded} visits (${Math.round(share * 100)}%)`,
          },
          { key: 'Unannounced visits', value: String(result.unannounced) },
          ...result.checks.map((c) => ({
            key: c.label,
            value: `${c.seen} of ${result.visits.length} visits; the policy asks ${c.asks} (“${c.source.quote}”). ${c.breaches.length === 0 ? 'As often as the policy asks.' : `${c.breaches.length} time${c.breaches.length === 1 ? '' : 's'} not as often as the policy asks.`}`,
          })),
          ...(result.recording
            ? [
                {
                  key: 'Visits recorded',
                  value: `${result.recording.recorded} of ${result.visits.length} with the date recorded; the policy asks within ${formatLimit(result.recording.within)} of the visit. ${result.recording.late.length === 0 ? 'None recorded late.' : `${result.recording.late.length} recorded late.`}`,
                },
              ]
            : []),
          ...(result.restarts.length ? [{ key: 'Moves that restart visiting', value: result.restarts.map((d) => formatLongDate(d)).join(', ') }] : []),
          { key: 'Next visit due', value: result.nextDue ? formatLongDate(result.nextDue) : 'Overdue' },
        ]}
      />
      {result.checks
        .filter((c) => c.breaches.length > 0)
        .map((c) => (
          <SimpleTable
            key={c.id}
            caption={`${c.label}: not as often as the policy asks`}
            headings={['From', 'By', 'What']}
            rows={c.breaches.map((b, i) => ({ key: String(i), cells: [formatLongDate(b.after), formatLongDate(b.at), b.text] }))}
          />
        ))}
      {result.recording && result.recording.late.length > 0 && (
        <SimpleTable
          caption="Visits recorded late"
          headings={['Visit', 'Recorded by', 'Recorded', 'Days late']}
          rows={result.recording.late.map((b, i) => ({
            key: String(i),
            cells: [formatLongDate(b.visit), formatLongDate(b.due), formatLongDate(b.recordedOn), b.daysLate],
          }))}
        />
      )}
      {result.guidance.length > 0 && (
        <SimpleTable
          caption="Later than good practice (guidance, not breaches)"
          headings={['After', 'Good practice by', 'Visit']}
          rows={result.guidance.map((b, i) => ({
            key: String(i),
            cells: [formatLongDate(b.after), formatLongDate(b.due), breachVisit(b)],
          }))}
        />
      )}
      {result.breaches.length > 0 && (
        <SimpleTable
          caption="Breaches"
          headings={['After', 'Due by', 'Visit', 'Days late']}
          rows={result.breaches.map((b, i) => ({
            key: String(i),
            cells: [
              formatLongDate(b.after),
              <>
                {formatLongDate(b.due)} <span className="govuk-hint govuk-body-s">({b.rule})</span>
              </>,
              breachVisit(b),
              b.daysLate,
            ],
          }))}
        />
      )}
      <Timeline result={result} periodEnd={periodEnd} />
    </>
  );
}

export function VisitingTool({ policy, audit, form }: { policy: TimescalePolicy; audit: Audit; form: UseFormReturn<SectionEdit> }) {
  const regimes = visitingRegimesFor(policy, audit);
  const regimeId = useWatch({ control: form.control, name: 'visitingRegime' });
  const visits = useWatch({ control: form.control, name: 'visits' }) ?? [];
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'visits' });
  const errors = form.formState.errors;
  const regime = regimes.find((r) => r.id === regimeId);
  const phaseEvents = regime ? regimeEvents(regime) : [];
  const events = policy.events.filter((e) => phaseEvents.includes(e.id));
  const result = visitingOf(policy, audit);
  const awakeAsked = awakeApplies(regime, audit);
  const eventLabel = (id: string) => (policy.events.find((e) => e.id === id)?.label ?? id).toLowerCase();

  if (regimes.length === 0) {
    return <p className="govuk-body">{policy.name} sets no visiting frequency for this case type: judge the visiting by professional judgement and say why.</p>;
  }
  return (
    <>
      <h2 className="govuk-heading-m">Visits</h2>
      <Radios
        {...bind(form, 'visitingRegime')}
        legend="Which visiting rule applies to this child?"
        hint={`From ${policy.name}`}
        value={regimeId}
        small
        options={regimes.map((r) => ({
          value: r.id,
          label: r.label,
          hint: `${r.firstVisitWithin ? `First visit within ${formatLimit(r.firstVisitWithin)}. ` : ''}${r.phases.map((p) => `At most ${formatLimit(p.maxInterval)} apart`).join(', then ')}. “${r.source.quote}”${r.restart ? ` After each ${eventLabel(r.restart.event)}: first visit within ${formatLimit(r.restart.firstVisitWithin)}${r.restart.then ? `, then every ${formatLimit(r.restart.then.maxInterval)} for ${formatLimit(r.restart.then.for)}` : ''} (“${r.restart.source.quote}”).` : ''}${r.otherReadings ? ` The seeds also say: ${r.otherReadings.map((o) => `“${o.quote}” (${o.section})`).join('; ')}. ${r.why ?? ''}` : ''}`,
        }))}
      />
      {regime && (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">How often the child’s plan or supervision sets visits (if it does)</legend>
            <div className="govuk-hint">
              {(regime.kind ?? 'minimum') === 'minimum'
                ? 'Visits are then judged against it, or against the rule above where that is more often: the rule is a minimum.'
                : 'Visits are then judged against it. Without it, the rule above is good practice: shown as guidance, not as a breach.'}
            </div>
            <TextInput {...bind(form, 'visitingPlan.every')} label="Every" className="govuk-input--width-3" inputMode="numeric" />
            <Select
              {...bind(form, 'visitingPlan.unit')}
              label="Days, weeks or months"
              options={[
                { value: '', label: 'Choose' },
                { value: 'days', label: 'Days' },
                { value: 'weeks', label: 'Weeks' },
                { value: 'months', label: 'Months' },
              ]}
            />
            <Radios
              {...bind(form, 'visitingPlan.setBy')}
              legend="Set by"
              inline
              small
              options={[
                { value: 'plan', label: 'The child’s plan' },
                { value: 'supervision', label: 'The CSW in supervision' },
              ]}
            />
          </fieldset>
        </div>
      )}
      {regime && <KeyDates events={events} form={form} />}
      {fields.map((field, i) => {
        const n = i + 1;
        const base = `visits.${i}` as const;
        return (
          <fieldset key={field.id} className="govuk-fieldset govuk-!-margin-bottom-6" aria-labelledby={`visit-${n}-legend`}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s" id={`visit-${n}-legend`}>
              Visit {n}
            </legend>
            <CaseDateInput form={form} path={`${base}.date`} legend={`Date of visit ${n}`} />
            <Radios
              id={fieldId(`${base}.seenAlone`)}
              legend={`Was the child seen alone on visit ${n}?`}
              inline
              small
              error={errorAt(errors, `${base}.seenAlone`)}
              registration={form.register(`${base}.seenAlone`)}
              value={visits[i]?.seenAlone}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
            />
            {visits[i]?.seenAlone === 'no' && (
              <Textarea
                id={fieldId(`${base}.notSeenAloneReason`)}
                label={`Why was the child not seen alone on visit ${n}?`}
                rows={2}
                error={errorAt(errors, `${base}.notSeenAloneReason`)}
                registration={form.register(`${base}.notSeenAloneReason`)}
              />
            )}
            <Radios
              id={fieldId(`${base}.announced`)}
              legend={`Was visit ${n} announced?`}
              inline
              small
              error={errorAt(errors, `${base}.announced`)}
              registration={form.register(`${base}.announced`)}
              value={visits[i]?.announced}
              options={[
                { value: 'announced', label: 'Announced' },
                { value: 'unannounced', label: 'Unannounced' },
              ]}
            />
            {awakeAsked && (
              <Radios
                id={fieldId(`${base}.seenAwake`)}
                legend={`Was the child seen awake on visit ${n}?`}
                inline
                small
                error={errorAt(errors, `${base}.seenAwake`)}
                registration={form.register(`${base}.seenAwake`)}
                value={visits[i]?.seenAwake}
                options={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
              />
            )}
            <Radios
              id={fieldId(`${base}.bedroomSeen`)}
              legend={`Was the child's bedroom seen on visit ${n}?`}
              inline
              small
              error={errorAt(errors, `${base}.bedroomSeen`)}
              registration={form.register(`${base}.bedroomSeen`)}
              value={visits[i]?.bedroomSeen}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
                { value: 'not-applicable', label: 'Not applicable' },
              ]}
            />
            {regime?.recording && (
              <CaseDateInput
                form={form}
                path={`${base}.recordedOn`}
                legend={`When was visit ${n} recorded on the case record?`}
                hint={`${policy.name} asks for visits to be recorded within ${formatLimit(regime.recording.within)}${regime.recording.within.unit === 'hours' ? ' (counted from the end of the day of the visit)' : ''}.`}
              />
            )}
            <RemoveButton onRemove={() => remove(i)} focusAfter="add-visit">
              Remove visit {n}
            </RemoveButton>
          </fieldset>
        );
      })}
      <button type="button" id="add-visit" className="govuk-button govuk-button--secondary" onClick={() => append(blankVisit(newId()))}>
        {fields.length ? 'Add another visit' : 'Add a visit'}
      </button>
      {result && result.status === 'evaluated' && (
        <>
          <h2 className="govuk-heading-m">What the visits show</h2>
          <VisitingFindings result={result} periodEnd={audit.details.auditDate} />
        </>
      )}
    </>
  );
}
