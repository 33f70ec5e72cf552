// Issue 12, "An example workspace": a few hundred audits of several teams, with rounds, actions and a programme,
// generated deterministically.
import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from './example-workspace';
import { summarizeAudit } from './summary';
import { followUps, impactConfirmedBy, improvementFigures } from './improvement';
import { getTimescalePolicy, latestAuditTemplate } from '@/templates/registry';

const template = latestAuditTemplate();
const policy = getTimescalePolicy('auditor-guidance', 1);
const make = () => exampleWorkspace(template, policy, '2026-11-30', '2026-11-30T09:00:00.000Z');

describe('the example workspace', () => {
  it('is the same every time for the same day', () => {
    expect(JSON.stringify(make())).toBe(JSON.stringify(make()));
    expect(JSON.stringify(exampleWorkspace(template, policy, '2026-12-01', '2026-11-30T09:00:00.000Z'))).not.toBe(JSON.stringify(make()));
  });

  it('holds a few hundred audits of several teams over the past year, at every stage, with what every page needs', () => {
    const w = make();
    expect(w.audits).toHaveLength(240);
    expect(new Set(w.audits.map((a) => a.id)).size).toBe(240);
    expect(new Set(w.audits.map((a) => a.details.team)).size).toBe(4);
    expect(w.audits.every((a) => a.details.caseReference.startsWith('EX-') && a.details.auditDate < '2026-11-30' && a.details.auditDate >= '2025-11-30')).toBe(
      true,
    );
    const statuses = new Set(w.audits.map((a) => a.status));
    expect([...statuses].sort()).toEqual(['complete', 'draft', 'with-csw']);
    const summaries = w.audits.map((a) => summarizeAudit(template, a, policy));
    expect(new Set(summaries.map((s) => s.overallGrade))).toEqual(new Set(['outstanding', 'good', 'requires-improvement', 'inadequate']));
    expect(summaries.some((s) => s.escalation !== 'none')).toBe(true);
    expect(w.audits.filter((a) => a.moderation).length).toBeGreaterThan(0);
    expect(w.rounds).toHaveLength(1);
    expect(w.rounds[0]?.sample.length).toBeGreaterThan(0);
    expect(w.actions.length).toBeGreaterThan(100);
    expect(new Set(w.actions.map((a) => a.id)).size).toBe(w.actions.length);
    expect(w.actions.some((a) => a.status === 'completed')).toBe(true);
    expect(w.programmes[0]?.entries.length).toBeGreaterThan(0);
    expect(w.people.map((p) => p.id)).toContain(w.currentPersonId);
  });

  it('re-audits some cases, each following the earlier audit of the same case, so improvement over time shows', () => {
    const w = make();
    const byId = new Map(w.audits.map((a) => [a.id, a]));
    const followers = w.audits.filter((a) => a.follows);
    expect(followers.length).toBeGreaterThan(5);
    for (const a of followers) {
      const earlier = byId.get(a.follows?.auditId ?? '');
      expect(earlier?.details.caseReference).toBe(a.details.caseReference);
      expect(earlier?.details.practitioner).toBe(a.details.practitioner);
      expect((earlier?.details.auditDate ?? '') < a.details.auditDate).toBe(true);
    }
    const summaries = w.audits.map((a) => summarizeAudit(template, a, policy));
    const links = followUps(summaries);
    const figures = improvementFigures(new Set(summaries.map((s) => s.id)), links);
    expect(figures.linked).toBe(followers.filter((a) => a.status !== 'draft').length);
    expect(figures.improved + figures.same + figures.declined).toBeGreaterThan(0);
    expect(w.actions.some((a) => impactConfirmedBy(a, links))).toBe(true);
  });
});
