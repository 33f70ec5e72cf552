// The strict zod schema for timescale policy files (templates/timescales/*.json).
import { z } from 'zod';
import { AGE_BANDS, CASE_TYPES } from '@/domain/template';
import { AUDIT_DATE_EVENT, LIMIT_UNITS } from '@/domain/policy';
import { fileHeader, id, seedFile, text } from './common-schema';

const limit = z.strictObject({ amount: z.number().positive(), unit: z.enum(LIMIT_UNITS) });
const eventRef = z.strictObject({ event: id, occurrence: z.number().int().positive() });
const source = z.strictObject({ seed: seedFile, section: text, quote: text });

/**
 * Where the seeds say the same thing two ways (from version 2): the other readings, each in the seed's own words, and
 * why the rule applies the one it does. The page shows them beside the result.
 */
const readings = { otherReadings: z.array(source).min(1).optional(), why: text.optional() };

const rule = z.strictObject({
  id,
  label: text,
  caseTypes: z.array(z.enum(CASE_TYPES)).min(1),
  from: eventRef,
  to: eventRef,
  limit,
  recurs: z.boolean(),
  /** From version 3: `before`, for something that must happen at least the limit before an event (absent: within). */
  timing: z.enum(['within', 'before']).optional(),
  /** From version 3: the rule applies afresh after every occurrence of the event (a placement move). */
  each: z.boolean().optional(),
  /** A limit for each case (absent: a limit), or a target the service aims for, not a miss when a case is over it. */
  kind: z.enum(['limit', 'target']).optional(),
  /** The child's age bands the rule is for (from version 2; absent: every age). */
  ages: z.array(z.enum(AGE_BANDS)).min(1).optional(),
  ...readings,
  source,
});

const regime = z.strictObject({
  id,
  label: text,
  caseTypes: z.array(z.enum(CASE_TYPES)).min(1),
  anchor: id,
  firstVisitWithin: limit.nullable(),
  phases: z.array(z.strictObject({ maxInterval: limit, until: z.union([eventRef, z.strictObject({ after: limit }), z.null()]) })),
  /**
   * A minimum the seed sets (a breach when a visit is later), or good practice (shown as guidance, not as a breach).
   * Absent in version 1 files: a minimum.
   */
  kind: z.enum(['minimum', 'good-practice']).optional(),
  /**
   * For children of these age bands, how often they must be seen awake (from version 2): on at least every Nth visit,
   * or within a time of the last time they were.
   */
  awake: z
    .strictObject({ ages: z.array(z.enum(AGE_BANDS)).min(1), everyNthVisit: z.number().int().min(1).optional(), within: limit.optional(), source })
    .refine((a) => (a.everyNthVisit === undefined) !== (a.within === undefined), { error: 'Give either everyNthVisit or within' })
    .optional(),
  /** From version 3: at least one visit in every such time is unannounced. */
  unannounced: z.strictObject({ within: limit, source }).optional(),
  /** From version 3: the child's bedroom is seen on at least one in every N visits. */
  bedrooms: z.strictObject({ everyNthVisit: z.number().int().min(2), source }).optional(),
  /** From version 3: each visit is recorded within this time of it (a time in hours counts from the end of its day). */
  recording: z.strictObject({ within: limit, source }).optional(),
  /** From version 3: visiting starts again after every occurrence of the event (a placement move). */
  restart: z.strictObject({ event: id, firstVisitWithin: limit, then: z.strictObject({ maxInterval: limit, for: limit }).optional(), source }).optional(),
  ...readings,
  source,
});

export const timescalePolicySchema = z
  .strictObject({
    ...fileHeader('timescale-policy'),
    name: text,
    authority: text,
    events: z.array(z.strictObject({ id, label: text, time: z.boolean(), repeats: z.boolean() })).min(1),
    rules: z.array(rule),
    visiting: z.array(regime),
  })
  .superRefine((p, ctx) => {
    const events = new Set(p.events.map((e) => e.id));
    const seen = new Set<string>();
    const known = (path: (string | number)[], event: string) => {
      if (!events.has(event) && event !== AUDIT_DATE_EVENT) ctx.addIssue({ code: 'custom', path, message: `Event "${event}" is not in the policy's events` });
    };
    p.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Rule id "${r.id}" is used twice` });
      seen.add(r.id);
      known(['rules', i, 'from'], r.from.event);
      known(['rules', i, 'to'], r.to.event);
      if (r.limit.unit !== 'hours' && !Number.isInteger(r.limit.amount))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'limit'], message: 'Only hours may be a fraction' });
      if (r.recurs && (r.each || r.timing === 'before'))
        ctx.addIssue({ code: 'custom', path: ['rules', i], message: 'A recurring rule cannot also apply after each event or before one' });
      if (r.from.event === AUDIT_DATE_EVENT)
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'from'], message: 'A rule runs to the date of the audit, never from it' });
      if (r.recurs && (r.to.event !== r.from.event || r.to.occurrence !== r.from.occurrence + 1))
        ctx.addIssue({ code: 'custom', path: ['rules', i], message: 'A recurring rule runs from one occurrence of an event to the next' });
    });
    p.visiting.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: ['visiting', i, 'id'], message: `Id "${v.id}" is used twice` });
      seen.add(v.id);
      known(['visiting', i, 'anchor'], v.anchor);
      if (v.restart) known(['visiting', i, 'restart', 'event'], v.restart.event);
      v.phases.forEach((ph, j) => {
        if (ph.until && 'event' in ph.until) known(['visiting', i, 'phases', j, 'until'], ph.until.event);
      });
    });
  });
