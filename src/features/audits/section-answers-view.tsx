// The answers of one section as a summary list: used by "check your answers" and by the printable record.
import type { Audit } from '@/domain/audit';
import { checkDateFields } from '@/domain/calendar/date-fields';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { GRADE_LABELS } from '@/domain/grade';
import { isQuestionShown } from '@/domain/completeness';
import { recordedOverallGrade, suggestOverallJudgement } from '@/domain/overall-judgement';
import { questionOptions, type AuditTemplate, type TemplateSection } from '@/domain/template';
import { MultilineText, SummaryList, type SummaryRow } from '@/ui/content';
import { timescalesOf } from '@/domain/timescales';
import { visitingOf } from '@/domain/visiting';
import { type TimescalePolicy } from '@/domain/policy';
import { numbered, relevantRules, resultText } from './timescales-tool';
import { judgementLabel } from './labels';

function dueText(due: { day: string; month: string; year: string }): string {
  const r = checkDateFields('Due date', due);
  return r.ok ? formatLongDate(r.date) : 'No valid date';
}

function toolRows(section: TemplateSection, audit: Audit, policy: TimescalePolicy): SummaryRow[] {
  const labelOf = (id: string) => policy.events.find((e) => e.id === id)?.label ?? id;
  if (section.tool === 'timescales') {
    const results = timescalesOf(policy, audit);
    return relevantRules(policy, audit).flatMap((rule) =>
      results
        .filter((r) => r.ruleId === rule.id && r.status !== 'not-applicable')
        .map((r) => {
          const { tag, text } = resultText(r, labelOf, rule);
          return {
            key: `${rule.label}${numbered(rule) ? ` (${r.occurrence})` : ''}`,
            value: (
              <>
                {tag} {text}
              </>
            ),
          };
        }),
    );
  }
  if (section.tool === 'visiting') {
    const regime = policy.visiting.find((r) => r.id === audit.visitingRegime);
    const result = visitingOf(policy, audit);
    const rows: SummaryRow[] = [{ key: 'Visiting rule', value: regime ? regime.label : 'Not chosen' }];
    rows.push({
      key: 'Visits',
      value: audit.visits.length
        ? audit.visits.map((v, i) => (
            <span key={v.id} className="app-nowrap">
              {i > 0 && '; '}
              {v.date ? formatLongDate(v.date) : 'no date'} (
              {v.seenAlone === 'yes' ? 'seen alone' : v.seenAlone === 'no' ? `not seen alone: ${v.notSeenAloneReason}` : 'seen alone not recorded'},{' '}
              {v.announced || 'announcement not recorded'}
              {v.seenAwake ? `, ${v.seenAwake === 'yes' ? 'seen awake' : 'not seen awake'}` : ''}
              {v.bedroomSeen === 'yes' ? ', bedroom seen' : v.bedroomSeen === 'no' ? ', bedroom not seen' : ''}
              {v.recordedOn ? `, recorded ${formatLongDate(v.recordedOn)}` : ''})
            </span>
          ))
        : 'None entered',
    });
    if (result?.status === 'evaluated') {
      const late = (list: typeof result.breaches) =>
        list
          .map(
            (b) =>
              `due ${formatLongDate(b.due)}, ${b.visit ? `visited ${formatLongDate(b.visit)}` : b.endedBy ? `no visit before the move on ${formatLongDate(b.endedBy)}` : 'no visit'}: ${b.daysLate} days late`,
          )
          .join('; ');
      if (result.basis === 'guidance')
        rows.push({
          key: 'Later than good practice (guidance, not breaches)',
          value: result.guidance.length ? late(result.guidance) : 'None',
        });
      else rows.push({ key: 'Breaches', value: result.breaches.length ? late(result.breaches) : 'None' });
      if (result.longestGap) rows.push({ key: 'Longest gap', value: `${result.longestGap.days} days` });
      for (const c of result.checks)
        rows.push({
          key: c.label,
          value: `${c.seen} of ${result.visits.length} visits (the policy asks ${c.asks})${c.breaches.length ? `: ${c.breaches.map((b) => `${b.text} (from ${formatLongDate(b.after)}, by ${formatLongDate(b.at)})`).join('; ')}` : ''}`,
        });
      if (result.recording)
        rows.push({
          key: 'Visits recorded late',
          value: result.recording.late.length
            ? result.recording.late
                .map((l) => `visit of ${formatLongDate(l.visit)} recorded ${formatLongDate(l.recordedOn)}, ${l.daysLate} days late`)
                .join('; ')
            : `None (of ${result.recording.recorded} with the date recorded)`,
        });
    }
    return rows;
  }
  return [];
}

export function sectionRows(template: AuditTemplate, section: TemplateSection, audit: Audit, policy?: TimescalePolicy): SummaryRow[] {
  const s = audit.sections[section.id];
  const answers = s?.answers ?? {};
  const rows: SummaryRow[] = policy ? toolRows(section, audit, policy) : [];
  rows.push(
    ...section.questions
      .filter((q) => isQuestionShown(q, answers, audit.details.caseType))
      .map((q) => {
        const v = answers[q.id] ?? '';
        const label = q.type === 'radios' ? questionOptions(template, q).find((o) => o.value === v)?.label : undefined;
        return { key: q.label, value: q.type === 'radios' ? (label ?? <span className="govuk-hint">Not answered</span>) : <MultilineText text={v} /> };
      }),
  );
  if (section.judgement) {
    rows.push({ key: section.judgement.question, value: <strong>{judgementLabel(s?.judgement)}</strong> });
    rows.push({ key: section.judgement.commentsLabel, value: <MultilineText text={s?.comments} /> });
  }
  if (section.kind === 'overall' && template.overallJudgement.enabled) {
    const suggestion = suggestOverallJudgement(template, audit);
    const recorded = recordedOverallGrade(template, audit);
    rows.push({
      key: 'Suggested overall judgement',
      value: suggestion ? `${GRADE_LABELS[suggestion.grade]}. ${suggestion.basis.join(' ')}` : 'None (no area graded)',
    });
    rows.push({ key: 'Overall judgement', value: <strong>{recorded ? GRADE_LABELS[recorded] : 'Not judged'}</strong> });
    if (audit.overall.acceptSuggestion === false || !suggestion)
      rows.push({ key: 'Why this overall judgement', value: <MultilineText text={audit.overall.rationale} /> });
  }
  if (section.kind === 'actions') {
    if (audit.noFurtherAction) rows.push({ key: 'Actions', value: 'No further action' });
    audit.actions.forEach((a, i) =>
      rows.push({
        key: `Action ${i + 1}`,
        value: (
          <>
            <MultilineText text={a.what} />
            <br />
            By {a.ownerName || 'no one named'}
            {a.ownerRole ? ` (${a.ownerRole})` : ''}, due {dueText(a.due)}
          </>
        ),
      }),
    );
    if (!audit.noFurtherAction && audit.actions.length === 0) rows.push({ key: 'Actions', value: <span className="govuk-hint">None recorded</span> });
  }
  return rows;
}

export function SectionAnswersView({
  template,
  section,
  audit,
  policy,
}: {
  template: AuditTemplate;
  section: TemplateSection;
  audit: Audit;
  policy: TimescalePolicy;
}) {
  return <SummaryList rows={sectionRows(template, section, audit, policy)} />;
}
