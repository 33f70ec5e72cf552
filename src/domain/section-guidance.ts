// The guidance shown beside a section is the policy's in force (issue 11, point 7). The template carries the Guidance
// for Auditors' words (seed 003); where an audit follows another authority's timescale policy (Camden, seeds 000 and
// 004; Wokingham, seed 001), the Timescales and Frequency of visiting sections show that policy's own words instead,
// since seed 003's ("as a minimum fortnightly") would contradict the rule being checked (Camden's 10 days). And a
// section whose template words name a timescale loosely gets a note of the policy's rule: seed 003's Assessment
// guidance says "45 days minimum" where its own Timescales section says "45 working days maximum".
import type { GuidanceGroup, TemplateSection } from './template';
import { formatLimit } from './timescales';
import { type TimescalePolicy } from './policy';

/** Template sections whose words name a timescale, and the policy rule that states it. */
const RULE_NOTES: Readonly<Record<string, string>> = { assessment: 'assessment-completion' };

const quoted = (text: string, section: string) => `“${text}” (${section})`;

/** Whether the policy states its rules in the template's own source (the Guidance for Auditors, for its policy). */
function sameSource(section: TemplateSection, policy: TimescalePolicy): boolean {
  return [...policy.rules, ...policy.visiting].every((r) => r.source.seed === section.source.seed);
}

/** The guidance to show beside a section, for an audit following `policy`. */
export function sectionGuidance(section: TemplateSection, policy: TimescalePolicy): GuidanceGroup[] {
  const own = `${policy.name} (${policy.authority})`;
  if (section.tool === 'timescales' && !sameSource(section, policy)) {
    return [
      {
        title: `The timescales of ${own}, which this audit follows`,
        items: policy.rules.map((r) => `${r.label}: ${quoted(r.source.quote, r.source.section)}`),
      },
    ];
  }
  if (section.tool === 'visiting' && !sameSource(section, policy)) {
    return [
      {
        title: `Visiting under ${own}, which this audit follows`,
        items: policy.visiting.map((v) => `${v.label}: ${quoted(v.source.quote, v.source.section)}`),
      },
    ];
  }
  const ruleId = RULE_NOTES[section.id];
  const rule = ruleId ? policy.rules.find((r) => r.id === ruleId) : undefined;
  if (!rule) return section.guidance;
  return [
    ...section.guidance,
    {
      title: `The timescale that applies (${own})`,
      items: [`${rule.label}: within ${formatLimit(rule.limit)} at most. ${quoted(rule.source.quote, rule.source.section)}`],
    },
  ];
}
