import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAuditTemplate, parseTimescalePolicy, latestAuditTemplate, listTimescalePolicies } from '@/templates/registry';

const root = join(__dirname, '..', '..', 'templates');
const read = (dir: string, f: string): unknown => JSON.parse(readFileSync(join(root, dir, f), 'utf8'));

describe('every template file validates', () => {
  it.each(readdirSync(join(root, 'audits')).filter((f) => f.endsWith('.json')))('audits/%s', (f) => {
    expect(() => parseAuditTemplate(f, read('audits', f))).not.toThrow();
  });
  it.each(readdirSync(join(root, 'timescales')).filter((f) => f.endsWith('.json')))('timescales/%s', (f) => {
    expect(() => parseTimescalePolicy(f, read('timescales', f))).not.toThrow();
  });
});

describe('bad template files are refused with a message that says where', () => {
  const good = read('audits', 'case-file-quality-audit@1.json') as Record<string, unknown>;
  it('a misspelt key', () => {
    expect(() => parseAuditTemplate('bad.json', { ...good, titel: 'x' })).toThrow(/bad\.json: \(top level\).*titel/);
  });
  it('a missing grade descriptor', () => {
    const { inadequate: _dropped, ...rest } = good.gradeDescriptors as Record<string, string>;
    expect(() => parseAuditTemplate('bad.json', { ...good, gradeDescriptors: rest })).toThrow(/gradeDescriptors\.inadequate/);
  });
  it('an option set that does not exist', () => {
    const bad = JSON.parse(JSON.stringify(good)) as { parts: { sections: { questions: { options?: unknown }[] }[] }[] };
    const q = bad.parts[0]?.sections[0]?.questions[0];
    if (q) q.options = 'no-such-set';
    expect(() => parseAuditTemplate('bad.json', bad)).toThrow(/No option set "no-such-set"/);
  });
  it('a policy rule that names an unknown event', () => {
    const policy = read('timescales', 'auditor-guidance@1.json') as { rules: { from: { event: string } }[] };
    const bad = JSON.parse(JSON.stringify(policy)) as typeof policy;
    if (bad.rules[0]) bad.rules[0].from.event = 'no-such-event';
    expect(() => parseTimescalePolicy('bad.json', bad)).toThrow(/Event "no-such-event"/);
  });
});

describe('the case file quality audit template (seed 003, Guidance for Auditors)', () => {
  const t = latestAuditTemplate();
  it('holds Part A and Part B in the seed order', () => {
    expect(t.parts.map((p) => p.title)).toEqual(['Part A, auditor completes', 'Part B, CSW completes']);
    expect(t.parts[0]?.sections.map((s) => s.title)).toEqual([
      'Key information',
      'Timescales',
      'Frequency of visiting',
      'Direct work with children and families',
      'Assessment',
      'Decision-making and planning',
      'Decision making',
      'Multi-agency work',
      'Management oversight',
      'Recording',
      'Overall comments on the case',
      'Actions and timescale',
      'Check your answers and re-assign to the CSW',
    ]);
  });
  it('asks "Is the child safe?" in the overall comments', () => {
    const overall = t.parts[0]?.sections.find((s) => s.id === 'overall-comments');
    expect(overall?.questions.map((q) => q.label)).toContain('Is the child safe?');
  });
  it('the registry offers the three timescale policies', () => {
    expect(
      listTimescalePolicies()
        .map((p) => p.id)
        .sort(),
    ).toEqual(['auditor-guidance', 'camden', 'wokingham']);
  });
});

// Issue 11, "Done when": every rule keeps its quoted seed words. A quote is the seed's text with its markup left out
// (bold, footnote marks, superscripts); "…" joins two pieces of the same passage. The seeds live beside the project
// (../shared/seeds); a checkout without them cannot run this check.
const seedsDir = join(__dirname, '..', '..', '..', 'shared', 'seeds');
describe.skipIf(!existsSync(seedsDir))('every quote in a policy file is the seed’s own words', () => {
  const plain = (t: string) =>
    t
      .replace(/<sup>\d+<\/sup>/g, '')
      .replace(/<\/?sup>/g, '')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ');
  // Read when a test runs, not when the suite is collected: a checkout without the seeds skips it without reading them.
  let seeds: Map<string, string> | undefined;
  const seedText = (f: string) => {
    seeds ??= new Map(readdirSync(seedsDir).map((name) => [name, plain(readFileSync(join(seedsDir, name), 'utf8'))]));
    return seeds.get(f) ?? '';
  };
  const quotes = (o: unknown): { seed: string; quote: string }[] =>
    Array.isArray(o)
      ? o.flatMap(quotes)
      : o && typeof o === 'object'
        ? [...('quote' in o && 'seed' in o ? [o as { seed: string; quote: string }] : []), ...Object.values(o).flatMap(quotes)]
        : [];
  it.each(readdirSync(join(root, 'timescales')).filter((f) => f.endsWith('.json')))('timescales/%s', (f) => {
    const missing = quotes(read('timescales', f)).flatMap(({ seed, quote }) =>
      plain(quote)
        .split('…')
        .map((piece) => piece.trim().replace(/\.$/, ''))
        .filter((piece) => piece && !seedText(seed).includes(piece))
        .map((piece) => `${seed}: ${piece}`),
    );
    expect(missing).toEqual([]);
  });
});
