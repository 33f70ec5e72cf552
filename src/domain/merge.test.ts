// Merging a change with what another tab saved meanwhile: disjoint changes both kept, the same field changed two ways
// refused and named, histories kept whole. Laws checked with fast-check over generated records.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { threeWayMerge } from './merge';

const OPTIONS = { ignore: ['rev'], appendOnly: ['history'], depth: 4 } as const;
type Rec = { rev: string; details: Record<string, string>; sections: Record<string, { answers: Record<string, string> }>; history: string[] };

const record: fc.Arbitrary<Rec> = fc.record({
  rev: fc.constantFrom('1-a', '2-b'),
  details: fc.dictionary(fc.constantFrom('team', 'practitioner', 'csw'), fc.string({ maxLength: 5 })),
  sections: fc.dictionary(
    fc.constantFrom('recording', 'planning'),
    fc.record({ answers: fc.dictionary(fc.constantFrom('q1', 'q2'), fc.string({ maxLength: 3 })) }),
  ),
  history: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
});

describe('three-way merge', () => {
  it('a change that did not move on is what is stored; what nobody changed stays', () => {
    fc.assert(
      fc.property(record, record, (base, theirs) => {
        const merged = threeWayMerge(base, base, theirs, OPTIONS);
        expect(merged).toEqual({ ok: true, merged: { ...theirs, history: theirs.history.concat() } });
      }),
    );
  });

  it('a change to a record nobody else changed is the change', () => {
    fc.assert(
      fc.property(record, record, (base, ours) => {
        const merged = threeWayMerge(base, ours, { ...base }, OPTIONS);
        expect(merged.ok).toBe(true);
        if (merged.ok) expect({ ...merged.merged, rev: ours.rev, history: ours.history }).toEqual(ours);
      }),
    );
  });

  it('two tabs editing different sections both keep their answers', () => {
    const base: Rec = {
      rev: '1-a',
      details: { team: 'Pod 1' },
      sections: { recording: { answers: { q1: 'a' } }, planning: { answers: { q1: 'b' } } },
      history: ['created'],
    };
    const ours = { ...base, sections: { ...base.sections, recording: { answers: { q1: 'mine' } } }, history: [...base.history, 'edited recording'] };
    const theirs = {
      ...base,
      rev: '2-b',
      sections: { ...base.sections, planning: { answers: { q1: 'theirs' } } },
      history: [...base.history, 'edited planning'],
    };
    expect(threeWayMerge(base, ours, theirs, OPTIONS)).toEqual({
      ok: true,
      merged: {
        rev: '2-b',
        details: { team: 'Pod 1' },
        sections: { recording: { answers: { q1: 'mine' } }, planning: { answers: { q1: 'theirs' } } },
        history: ['created', 'edited planning', 'edited recording'],
      },
    });
  });

  it('the same field changed two ways is a conflict naming it, with each value; nothing is merged', () => {
    const base: Rec = { rev: '1-a', details: { team: 'Pod 1', csw: 'Alex' }, sections: {}, history: [] };
    const result = threeWayMerge(base, { ...base, details: { team: 'Pod 9', csw: 'Alex' } }, { ...base, details: { team: 'Pod 4', csw: 'Sam' } }, OPTIONS);
    expect(result).toEqual({ ok: false, conflicts: [{ path: ['details', 'team'], base: 'Pod 1', ours: 'Pod 9', theirs: 'Pod 4' }] });
  });

  it('both sides making the same change is no conflict', () => {
    fc.assert(
      fc.property(record, record, (base, both) => {
        const merged = threeWayMerge(base, both, { ...both, rev: base.rev }, OPTIONS);
        expect(merged.ok).toBe(true);
      }),
    );
  });

  it('a field one side changed inside a value the other side replaced whole is a conflict, not lost', () => {
    type E = { rev: string; escalation: { reasons: string[]; notifiedName?: string } | null; history: string[] };
    const base: E = { rev: '1-a', escalation: { reasons: ['x'] }, history: [] };
    const ours: E = { ...base, escalation: { reasons: ['x'], notifiedName: 'Pat Rowe' } };
    const theirs: E = { ...base, escalation: null };
    const merged = threeWayMerge(base, ours, theirs, OPTIONS);
    expect(merged.ok).toBe(false);
  });
});
