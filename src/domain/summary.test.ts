import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAreaJudgements, encodeAreaJudgements, judgedAreas, summarizeAudit, type AreaJudgement } from './summary';
import { COMPLIANCE_JUDGEMENTS, GRADES } from './grade';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';
import { completedPartA } from '@test/builders/audit';

const template = latestAuditTemplate();

describe('the compact summary of an audit', () => {
  it('keeps each judged area’s judgement in a letter, in template order', () => {
    const audit = completedPartA('requires-improvement');
    expect(judgedAreas(template).map((s) => s.id)).toEqual([
      'key-information',
      'timescales',
      'frequency-of-visiting',
      'direct-work',
      'assessment',
      'decision-making-and-planning',
      'decision-making',
      'multi-agency-work',
      'management-oversight',
      'recording',
    ]);
    expect(encodeAreaJudgements(template, audit)).toBe('mmmRRRRRRR');
    const graded = { ...audit, sections: { ...audit.sections, timescales: { answers: {}, judgementMode: 'grade' as const, judgement: 'good' as const } } };
    expect(encodeAreaJudgements(template, graded)).toBe('mGmRRRRRRR');
    const { recording: _, ...rest } = audit.sections;
    expect(encodeAreaJudgements(template, { ...audit, sections: rest })).toBe('mmmRRRRRR-');
  });

  it('decodes what it encodes (law)', () => {
    const areas = judgedAreas(template);
    const judgement = (kind: string) =>
      kind === 'compliance'
        ? fc.option(fc.constantFrom<AreaJudgement>(...COMPLIANCE_JUDGEMENTS, ...GRADES))
        : fc.option(fc.constantFrom<AreaJudgement>(...GRADES));
    fc.assert(
      fc.property(fc.tuple(...areas.map((a) => judgement(a.kind))), (js) => {
        const audit = completedPartA();
        const expected = new Map<string, AreaJudgement>();
        areas.forEach((area, i) => {
          const j = js[i] ?? null;
          const mode = COMPLIANCE_JUDGEMENTS.includes(j as never) ? 'compliance' : 'grade';
          audit.sections[area.id] = { answers: {}, judgementMode: area.kind === 'compliance' ? mode : undefined, judgement: j ?? undefined };
          if (j) expected.set(area.id, j);
        });
        expect(decodeAreaJudgements(template, encodeAreaJudgements(template, audit))).toEqual(expected);
      }),
    );
  });

  it('counts the timescales met and missed as at the date of the audit (seed 003, "Timescales")', () => {
    const audit = completedPartA('good', { caseType: 'child-protection', auditDate: '2025-03-10' });
    const policy = latestTimescalePolicy('auditor-guidance');
    const none = summarizeAudit(template, audit, policy);
    expect([none.timescalesMet, none.timescalesMissed]).toEqual([0, 0]);
    // Seed 003, "Timescales": the initial conference within 15 days of the section 47 decision (met here), the first
    // review conference within 3 months of it (held 12 days late).
    const dated = { ...audit, caseDates: { 's47-decision': ['2024-08-22'], icpc: ['2024-09-02'], rcpc: ['2024-12-14'] } };
    const s = summarizeAudit(template, dated, policy);
    expect([s.timescalesMet, s.timescalesMissed]).toEqual([1, 1]);
    // Dates the section would refuse count nothing.
    const bad = { ...audit, caseDates: { icpc: ['2024-09-02'], rcpc: ['2024-08-01'] } };
    expect(summarizeAudit(template, bad, policy).timescalesMissed).toBe(0);
  });
});
