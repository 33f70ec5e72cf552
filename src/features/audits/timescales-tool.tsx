// The Timescales section's calculator (seed 003, "Timescales"): the auditor enters the case's key dates, and each
// rule of the workspace's policy shows its due date, the actual date and whether it was met, in the rule's unit.
import { TableScroll } from '@/ui/table-scroll';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Audit } from '@/domain/audit';
import { formatDateTime, formatLongDate } from '@/domain/calendar/iso-date';
import { AGE_NOT_RECORDED, timescalesOf, formatAmount, formatLimit, type RuleResult, type TimescalePolicy } from '@/domain/timescales';
import { Details, Tag } from '@/ui/content';
import { TextInput } from '@/ui/form';
import { bind } from '@/ui/validated-form';
import { KeyDates } from './key-dates';
import type { SectionEdit } from '@/domain/section-edit';

function when(value: string | undefined): string {
  if (!value) return '';
  return value.length > 10 ? formatDateTime(value) : formatLongDate(value);
}

export function resultText(r: RuleResult, labelOf: (event: string) => string, fromEvent: string): { tag: ReactNode; text: string } {
  switch (r.status) {
    case 'met':
      return { tag: <Tag colour="green">Met</Tag>, text: `Held ${when(r.actual)}, due by ${when(r.due)}` };
    case 'missed':
      return {
        tag: <Tag colour="red">Missed</Tag>,
        text: `Missed by ${formatAmount(r.late?.amount ?? 0, r.late?.unit ?? 'days')}: held ${when(r.actual)}, due by ${when(r.due)}`,
      };
    case 'overdue':
      return {
        tag: <Tag colour="red">Overdue</Tag>,
        text: `Not held: ${formatAmount(r.late?.amount ?? 0, r.late?.unit ?? 'days')} past ${when(r.due)} by the date of the audit`,
      };
    case 'over-target':
      return {
        tag: <Tag colour="yellow">Over the target</Tag>,
        text: `${r.actual ? `Held ${when(r.actual)}` : 'Not held yet'}: ${formatAmount(r.late?.amount ?? 0, r.late?.unit ?? 'days')} over the target of ${when(r.due)}. A target, not counted as missed`,
      };
    case 'not-yet-due':
      return { tag: <Tag colour="grey">Not yet due</Tag>, text: `Due by ${when(r.due)}` };
    case 'needs-time':
      return { tag: <Tag colour="yellow">Needs a time</Tag>, text: 'Enter the times as well as the dates: this timescale is in hours' };
    case 'not-applicable':
      if (r.notRequired) return { tag: <Tag colour="grey">Not required</Tag>, text: `Not required for this case: ${r.notRequired}` };
      return {
        tag: <Tag colour="grey">Not applicable</Tag>,
        text:
          r.reason === 'Does not apply to this case type.' || r.reason === AGE_NOT_RECORDED || r.reason === 'Does not apply at the child’s age.'
            ? (r.reason ?? '').replace(/\.$/, '')
            : r.from
              ? 'Not counted: a date is not complete, not a real date, or in the wrong order'
              : `No date entered for ${labelOf(fromEvent).toLowerCase()}`,
      };
  }
}

export function relevantRules(policy: TimescalePolicy, audit: Pick<Audit, 'details'>) {
  return policy.rules.filter((r) => r.caseTypes.includes(audit.details.caseType));
}

export function TimescalesTool({ policy, audit, form }: { policy: TimescalePolicy; audit: Audit; form: UseFormReturn<SectionEdit> }) {
  const rules = relevantRules(policy, audit);
  const used = new Set(rules.flatMap((r) => [r.from.event, r.to.event]));
  const events = policy.events.filter((e) => used.has(e.id));
  const labelOf = (id: string) => policy.events.find((e) => e.id === id)?.label ?? id;
  const results = timescalesOf(policy, audit);
  const byRule = (id: string) => results.filter((r) => r.ruleId === id);
  return (
    <>
      <h2 className="govuk-heading-m">Key dates</h2>
      <p className="govuk-body">
        Enter only the dates that apply to this case. Timescales follow <strong>{policy.name}</strong> ({policy.authority}), worked out as at the date of the
        audit, {formatLongDate(audit.details.auditDate)}. Working days leave out weekends and bank holidays in England and Wales.
      </p>
      <KeyDates events={events} form={form} />
      <TableScroll label="Timescales for this case">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Timescales for this case</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Timescale
              </th>
              <th scope="col" className="govuk-table__header">
                Result
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rules.flatMap((rule) =>
              byRule(rule.id).map((r) => {
                const { tag, text } = resultText(r, labelOf, rule.from.event);
                return (
                  <tr className="govuk-table__row" key={`${rule.id}-${r.occurrence}`}>
                    <th scope="row" className="govuk-table__header">
                      {rule.label}
                      {rule.recurs ? ` (${r.occurrence})` : ''}
                      <div className="govuk-hint govuk-!-margin-bottom-0 govuk-body-s">
                        Within {formatLimit(rule.limit)} of {labelOf(rule.from.event).toLowerCase()}
                        {r.from ? ` (${when(r.from)})` : ''}. {rule.source.section}: “{rule.source.quote}”
                      </div>
                    </th>
                    <td className="govuk-table__cell">
                      {tag}
                      <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{text}</p>
                      {r.occurrence === 1 && rule.otherReadings && (
                        <div className="govuk-inset-text govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-2">
                          The seeds also say: {rule.otherReadings.map((o) => `“${o.quote}” (${o.section})`).join('; ')}. {rule.why}
                        </div>
                      )}
                      {r.occurrence === 1 && rule.kind === 'target' && rule.why && (
                        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{rule.why}</p>
                      )}
                      {r.occurrence === 1 && (
                        <Details
                          summary={
                            <>
                              Not required for this case?<span className="govuk-visually-hidden"> {rule.label}</span>
                            </>
                          }
                          open={Boolean(r.notRequired)}
                        >
                          <TextInput
                            {...bind(form, `notRequired.${rule.id}`)}
                            label={`Why ${rule.label.toLowerCase()} is not required for this case`}
                            hint="It then counts as not applicable here and in every report. Clear it if the timescale applies after all."
                          />
                        </Details>
                      )}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
