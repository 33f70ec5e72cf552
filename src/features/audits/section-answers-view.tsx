// The answers of one section as a summary list: used by "check your answers" and by the printable record.
import type { Audit } from '@/domain/audit';
import { checkDateFields } from '@/domain/calendar/date-fields';
import { formatLongDate } from '@/domain/calendar/iso-date';
import { GRADE_LABELS } from '@/domain/grade';
import { isQuestionShown, recordedOverallGrade, suggestOverallJudgement } from '@/domain/grading';
import { questionOptions, type AuditTemplate, type TemplateSection } from '@/domain/template';
import { MultilineText, SummaryList, type SummaryRow } from '@/ui/content';
import { judgementLabel } from './labels';

function dueText(due: { day: string; month: string; year: string }): string {
  const r = checkDateFields('Due date', due);
  return r.ok ? formatLongDate(r.date) : 'No valid date';
}

export function sectionRows(template: AuditTemplate, section: TemplateSection, audit: Audit): SummaryRow[] {
  const s = audit.sections[section.id];
  const answers = s?.answers ?? {};
  const rows: SummaryRow[] = section.questions
    .filter((q) => isQuestionShown(q, answers, audit.details.caseType))
    .map((q) => {
      const v = answers[q.id] ?? '';
      const label = q.type === 'radios' ? questionOptions(template, q).find((o) => o.value === v)?.label : undefined;
      return { key: q.label, value: q.type === 'radios' ? (label ?? <span className="govuk-hint">Not answered</span>) : <MultilineText text={v} /> };
    });
  if (section.judgement) {
    rows.push({ key: section.judgement.question, value: <strong>{judgementLabel(s?.judgement)}</strong> });
    rows.push({ key: section.judgement.commentsLabel, value: <MultilineText text={s?.comments} /> });
  }
  if (section.kind === 'overall' && template.overallJudgement.enabled) {
    const suggestion = suggestOverallJudgement(template, audit);
    const recorded = recordedOverallGrade(template, audit);
    rows.push({ key: 'Suggested overall judgement', value: suggestion ? `${GRADE_LABELS[suggestion.grade]}. ${suggestion.basis.join(' ')}` : 'None (no area graded)' });
    rows.push({ key: 'Overall judgement', value: <strong>{recorded ? GRADE_LABELS[recorded] : 'Not judged'}</strong> });
    if (audit.overall.acceptSuggestion === false || !suggestion) rows.push({ key: 'Why this overall judgement', value: <MultilineText text={audit.overall.rationale} /> });
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

export function SectionAnswersView({ template, section, audit }: { template: AuditTemplate; section: TemplateSection; audit: Audit }) {
  return <SummaryList rows={sectionRows(template, section, audit)} />;
}
