// The Timescales section's calculator (seed 003, "Timescales"): the auditor enters the case's key dates, and each
// rule of the workspace's policy shows its due date, the actual date and whether it was met, in the rule's unit.
import { TableScroll } from '@/ui/table-scroll';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Audit } from '@/domain/audit';
import { formatDateTime, formatLongDate } from '@/domain/calendar/iso-date';
import { AGE_NOT_RECORDED, timescalesOf, formatAmount, formatLimit, type RuleResult } from '@/domain/timescales';
import { AUDIT_DATE_EVENT, type TimescalePolicy, type TimescaleRule } from '@/domain/policy';
import { Details, Tag } from '@/ui/content';
import { TextInput } from '@/ui/form';
import { bind } from '@/ui/validated-form';
import { KeyDates } from './key-dates';
import type { SectionEdit } from '@/domain/section-edit';

function when(value: string | undefined): string {
  if (!value) return '';
  return value.length > 10 ? formatDateTime(value) : formatLongDate(value);
}

/** Whether a rule gives a result per occurrence, numbered on the page: reviews every 6 months, each placement move. */
export function numbered(rule: TimescaleRule): boolean {
  return rule.recurs || !!rule.each;
}

/** A rule's result in words: met, missed or overdue against its due date, for every shape of rule. */
export function resultText(r: RuleResult, labelOf: (event: string) => string, rule: TimescaleRule): { tag: ReactNode; text: string } {
  const late = formatAmount(r.late?.amount ?? 0, r.late?.unit ?? 'days');
  const by = `needed by ${when(r.due)}, at least ${formatLimit(r.limit)} before ${labelOf(rule.to.event).toLowerCase()} on ${when(r.before)}`;
  const toAudit = rule.to.event === AUDIT_DATE_EVENT;
  switch (r.status) {
    case 'met':
      if (r.before) return { tag: <Tag colour="green">Met</Tag>, text: `Done ${when(r.actual)}: ${by}` };
      if (toAudit) return { tag: <Tag colour="green">Met</Tag>, text: `${when(r.from)} is within ${formatLimit(r.limit)} of the audit on ${when(r.actual)}` };
      return { tag: <Tag colour="green">Met</Tag>, text: `Held ${when(r.actual)}, due by ${when(r.due)}` };
    case 'missed':
      if (r.before) return { tag: <Tag colour="red">Missed</Tag>, text: `Missed by ${late}: done ${when(r.actual)}, ${by}` };
      if (toAudit)
        return {
          tag: <Tag colour="red">Missed</Tag>,
          text: `Out of date by ${late}: ${when(r.from)} is more than ${formatLimit(r.limit)} before the audit on ${when(r.actual)}`,
        };
      return { tag: <Tag colour="red">Missed</Tag>, text: `Missed by ${late}: held ${when(r.actual)}, due by ${when(r.due)}` };
    case 'overdue':
      if (r.before) return { tag: <Tag colour="red">Not recorded</Tag>, text: `No date entered for ${labelOf(rule.from.event).toLowerCase()}: ${by}` };
      return {
        tag: <Tag colour="red">Overdue</Tag>,
        text: `Not held: ${late} past ${when(r.due)} by the date of the audit`,
      };
    case 'over-target':
      return {
        tag: <Tag colour="yellow">Over the target</Tag>,
        text: `${r.actual ? `Held ${when(r.actual)}` : 'Not held yet'}: ${late} over the target of ${when(r.due)}. A target, not counted as missed`,
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
            : r.from || r.before
              ? 'Not counted: a date is not complete, not a real date, or in the wrong order'
              : `No date entered for ${labelOf(rule.timing === 'before' ? rule.to.event : rule.from.event).toLowerCase()}`,
      };
  }
}

/** How a rule runs, in words: "Within 15 working days of strategy discussion held", "At least 2 days before …". */
export function ruleText(rule: TimescaleRule, labelOf: (event: string) => string): string {
  if (rule.timing === 'before') return `At least ${formatLimit(rule.limit)} before ${labelOf(rule.to.event).toLowerCase()}${rule.each ? ', each time' : ''}`;
  if (rule.to.event === AUDIT_DATE_EVENT) return `Within ${formatLimit(rule.limit)} before the date of the audit`;
  return `Within ${formatLimit(rule.limit)} of ${labelOf(rule.from.event).toLowerCase()}${rule.each ? ', after each one' : ''}`;
}

export function relevantRules(policy: TimescalePolicy, audit: Pick<Audit, 'details'>) {
  return policy.rules.filter((r) => r.caseTypes.includes(audit.details.caseType));
}

export function TimescalesTool({ policy, audit, form }: { policy: TimescalePolicy; audit: Audit; form: UseFormReturn<SectionEdit> }) {
  const rules = relevantRules(policy, audit);
  const used = new Set(rules.flatMap((r) => [r.from.event, r.to.event]));
  const events = policy.events.filter((e) => used.has(e.id));
  const labelOf = (id: string) => (id === AUDIT_DATE_EVENT ? 'Date of the audit' : (policy.events.find((e) => e.id === id)?.label ?? id));
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
                const { tag, text } = resultText(r, labelOf, rule);
                return (
                  <tr className="govuk-table__row" key={`${rule.id}-${r.occurrence}`}>
                    <th scope="row" className="govuk-table__header">
                      {rule.label}
                      {numbered(rule) ? ` (${r.occurrence})` : ''}
                      <div className="govuk-hint govuk-!-margin-bottom-0 govuk-body-s">
                        {ruleText(rule, labelOf)}
                        {r.from && rule.timing !== 'before' ? ` (${when(r.from)})` : ''}. {rule.source.section}: “{rule.source.quote}”
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
