// Issue 11, point 7: the guidance shown is the policy's in force.
import { describe, expect, it } from 'vitest';
import { sectionGuidance } from './section-guidance';
import { findSection } from './template';
import { latestAuditTemplate, latestTimescalePolicy } from '@/templates/registry';

const template = latestAuditTemplate();
const section = (id: string) => {
  const s = findSection(template, id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const text = (groups: { title?: string | undefined; items: string[] }[]) => groups.flatMap((g) => [g.title ?? '', ...g.items]).join('\n');

describe('the guidance beside a section', () => {
  it.each([
    // Seed 003, "Frequency of visiting": "as a minimum fortnightly"; Camden (seed 000, "Child Protection Visits"):
    // "a minimum of every 10 working days" (its own words, whatever they are, are shown).
    ['frequency-of-visiting', 'camden', 'Visiting under', 'as a minimum fortnightly'],
    ['frequency-of-visiting', 'wokingham', 'Visiting under', 'as a minimum fortnightly'],
    ['timescales', 'camden', 'The timescales of', "Children's Social Care Assessment 45 working days maximum"],
  ])('%s under %s shows the policy’s words, not seed 003’s', (id, policyId, shown, notShown) => {
    const policy = latestTimescalePolicy(policyId);
    // What is not shown is in the template's own guidance: the test would fail if it were shown.
    expect(text(section(id).guidance)).toContain(notShown);
    const out = text(sectionGuidance(section(id), policy));
    expect(out).toContain(shown);
    expect(out).not.toContain(notShown);
    for (const r of id === 'timescales' ? policy.rules : policy.visiting) expect(out).toContain(r.source.quote);
  });

  it('under the auditor guidance, the template’s own words (seed 003) are shown as they are', () => {
    const policy = latestTimescalePolicy('auditor-guidance');
    expect(sectionGuidance(section('frequency-of-visiting'), policy)).toEqual(section('frequency-of-visiting').guidance);
    expect(sectionGuidance(section('timescales'), policy)).toEqual(section('timescales').guidance);
  });

  it.each([
    // Seed 003's Assessment guidance says "45 days minimum"; its Timescales section "45 working days maximum".
    ['auditor-guidance', 'within 45 working days at most', '45 working days maximum'],
    ['camden', 'within 35 working days at most', 'must be completed within 35 working days'],
  ])('Assessment under %s carries a note of the timescale that applies', (policyId, limit, quote) => {
    const out = text(sectionGuidance(section('assessment'), latestTimescalePolicy(policyId)));
    expect(out).toContain('45 days minimum for CSC assessment');
    expect(out).toContain(limit);
    expect(out).toContain(quote);
  });

  it('a section with no timescale keeps the template’s guidance', () => {
    expect(sectionGuidance(section('recording'), latestTimescalePolicy('camden'))).toEqual(section('recording').guidance);
  });
});
