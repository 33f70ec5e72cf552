// An audit as rows for export: every detail, answer, comment, judgement, key date and timescale result, visit, action,
// overall judgement, escalation, acknowledgement, moderation record and history entry, one value a row, in the order the
// record shows them. Read back from a CSV, each row says where its value came from (part, section, item), so nothing
// entered is left out and nothing needs the app to be understood.
import { participantsText, voiceWaysText } from './voice';
import { FOLLOW_BASIS_LABELS } from './improvement';
import { AUDIT_STATUS_LABELS, REVIEW_RECORD_FIELDS, type Audit } from './audit';
import { COMPLIANCE_LABELS, GRADE_LABELS, isGrade, type ComplianceJudgement } from './grade';
import { AUDIT_ACTIVITY_LABELS, CASE_TYPE_LABELS, ESCALATION_REASON_LABELS, questionOptions, type AuditTemplate } from './template';
import { timescalesOf, type RuleStatus } from './timescales';
import { type TimescalePolicy } from './policy';

export interface ExportRow {
  auditId: string;
  caseReference: string;
  part: string;
  section: string;
  item: string;
  value: string;
}

const RULE_STATUS_LABELS: Record<RuleStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  overdue: 'Overdue',
  'over-target': 'Over the target',
  'not-yet-due': 'Not yet due',
  'not-applicable': 'Not applicable',
  'needs-time': 'Needs a time',
};

const judgementText = (j: string | undefined) => (!j ? '' : isGrade(j) ? GRADE_LABELS[j] : (COMPLIANCE_LABELS[j as ComplianceJudgement] ?? j));
const yesNo = (v: string) => ({ yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable', announced: 'Announced', unannounced: 'Unannounced' })[v] ?? v;

/** Every value of an audit as rows; `policy` is the timescale policy it was made with, for its timescale results. */
export function auditExportRows(audit: Audit, template: AuditTemplate, policy: TimescalePolicy | undefined): ExportRow[] {
  const rows: ExportRow[] = [];
  const d = audit.details;
  const add = (part: string, section: string, item: string, value: string | number | boolean | null | undefined) =>
    rows.push({
      auditId: audit.id,
      caseReference: d.caseReference,
      part,
      section,
      item,
      value: value === true ? 'Yes' : value === false ? 'No' : String(value ?? ''),
    });

  const details = 'Audit details';
  add(details, details, 'Case reference', d.caseReference);
  add(details, details, 'Team', d.team);
  add(details, details, 'Practitioner', d.practitioner);
  add(details, details, 'CSW', d.csw);
  add(details, details, 'Auditor', d.auditor);
  add(details, details, 'Date of audit', d.auditDate);
  add(details, details, 'Case type', CASE_TYPE_LABELS[d.caseType]);
  add(details, details, 'Audit activity', AUDIT_ACTIVITY_LABELS[d.activity]);
  add(details, details, 'Status', AUDIT_STATUS_LABELS[audit.status]);
  add(details, details, 'Template', `${template.title} (version ${audit.templateVersion})`);
  add(details, details, 'Timescale policy', policy ? `${policy.name} (version ${audit.policyVersion})` : `${audit.policyId} (version ${audit.policyVersion})`);
  add(details, details, 'Part A submitted', audit.submittedAt);

  for (const part of template.parts) {
    for (const section of part.sections) {
      const s = audit.sections[section.id];
      for (const q of section.questions) {
        const answer = s?.answers[q.id] ?? '';
        const option = q.type === 'radios' ? questionOptions(template, q).find((o) => o.value === answer) : undefined;
        add(part.title, section.title, q.label, option?.label ?? answer);
      }
      if (section.judgement) {
        add(part.title, section.title, section.judgement.question, judgementText(s?.judgement));
        add(part.title, section.title, section.judgement.commentsLabel, s?.comments);
      }
      if (section.tool === 'timescales' && policy) {
        for (const event of policy.events) {
          const dates = (audit.caseDates[event.id] ?? []).filter((x) => x.trim() !== '');
          if (dates.length) add(part.title, section.title, `Key date: ${event.label}`, dates.join('; '));
        }
        for (const r of timescalesOf(policy, audit)) {
          if (r.status === 'not-applicable' && !r.from) continue;
          add(
            part.title,
            section.title,
            `Timescale: ${r.label}${r.occurrence > 1 ? ` (${r.occurrence})` : ''}`,
            `${RULE_STATUS_LABELS[r.status]}${r.due ? `, due by ${r.due}` : ''}${r.actual ? `, held ${r.actual}` : ''}${r.before ? `, before ${r.before}` : ''}`,
          );
        }
      }
      if (section.tool === 'visiting') {
        add(part.title, section.title, 'Visiting frequency', audit.visitingRegime);
        audit.visits.forEach((v, i) => {
          const visit = `Visit ${i + 1}`;
          add(part.title, section.title, `${visit}: date`, v.date);
          add(part.title, section.title, `${visit}: seen alone`, yesNo(v.seenAlone));
          if (v.notSeenAloneReason) add(part.title, section.title, `${visit}: why not seen alone`, v.notSeenAloneReason);
          add(part.title, section.title, `${visit}: announced`, yesNo(v.announced));
          if (v.seenAwake) add(part.title, section.title, `${visit}: seen awake`, yesNo(v.seenAwake));
          add(part.title, section.title, `${visit}: bedroom seen`, yesNo(v.bedroomSeen));
          if (v.recordedOn) add(part.title, section.title, `${visit}: recorded on`, v.recordedOn);
        });
      }
      if (section.kind === 'actions') {
        audit.actions.forEach((a, i) => {
          const action = `Action ${i + 1}`;
          add(part.title, section.title, `${action}: what`, a.what);
          add(part.title, section.title, `${action}: owner`, a.ownerName);
          add(part.title, section.title, `${action}: owner's role`, a.ownerRole);
          add(part.title, section.title, `${action}: due`, [a.due.year, a.due.month, a.due.day].filter(Boolean).join('-'));
        });
        add(part.title, section.title, 'No further action', audit.noFurtherAction);
      }
      if (section.kind === 'overall') {
        add(part.title, section.title, 'Overall judgement', judgementText(audit.overall.grade));
        add(part.title, section.title, 'Accepted the suggested judgement', audit.overall.acceptSuggestion);
        add(part.title, section.title, 'Rationale', audit.overall.rationale);
      }
      if (section.kind === 'acknowledgement' && audit.acknowledgement) {
        const a = audit.acknowledgement;
        add(part.title, section.title, 'Outcome', a.outcome === 'accepted' ? 'Accepted' : 'Disagreed');
        add(part.title, section.title, 'Reasons', a.reasons);
        add(part.title, section.title, 'By', `${a.by.name}, ${a.by.designation}`);
        add(part.title, section.title, 'At', a.at);
      }
    }
  }

  if (audit.escalation) {
    const e = audit.escalation;
    const at = 'Escalation';
    add(at, at, 'Reasons', e.reasons.map((r) => ESCALATION_REASON_LABELS[r]).join('; '));
    add(at, at, 'Raised', e.raisedAt);
    add(at, at, 'Senior manager notified', [e.notifiedName, e.notifiedRole].filter(Boolean).join(', '));
    add(at, at, 'Notified at', e.notifiedAt);
    add(at, at, 'Recorded by', e.recordedBy ? `${e.recordedBy.name}, ${e.recordedBy.designation}` : '');
  }
  if (audit.follows) {
    const f = audit.follows;
    const at = 'The earlier audit this one follows';
    add(at, at, 'Audit id', f.auditId);
    add(at, at, 'Audit date', f.auditDate);
    add(at, at, 'Why', FOLLOW_BASIS_LABELS[f.basis]);
    add(at, at, 'Linked by', `${f.by.name}, ${f.by.designation}, ${f.at}`);
  }
  if (audit.voice) {
    const v = audit.voice;
    const at = 'Child and family voice, and the audit conversation';
    add(at, at, 'How feedback was gathered', voiceWaysText(v));
    add(at, at, 'Why none was gathered', v.notGatheredReason);
    add(at, at, 'What they said', v.said);
    add(at, at, 'How it is reflected in the work', v.reflected);
    add(at, at, 'Took part in the audit conversation', participantsText(v));
    add(at, at, 'The practitioner’s reflections', v.reflections);
    add(at, at, 'Recorded by', `${v.by.name}, ${v.by.designation}, ${v.at}`);
  }
  if (audit.moderation) {
    const m = audit.moderation;
    const at = 'Moderation';
    add(at, at, 'Round', m.roundId);
    add(at, at, 'Auditor’s grade', GRADE_LABELS[m.auditorGrade]);
    add(at, at, 'Moderated grade', GRADE_LABELS[m.moderatedGrade]);
    add(at, at, 'Blind review', m.blind);
    for (const f of REVIEW_RECORD_FIELDS) add(at, at, f.label, f.value(m));
  }
  audit.history.forEach((h, i) => add('History', 'History', `${i + 1}. ${h.at}, ${h.by.name} (${h.by.designation}): ${h.kind}`, h.detail));
  return rows;
}
