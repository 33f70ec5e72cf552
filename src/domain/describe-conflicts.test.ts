// A conflict found when importing an audit pack is described in words, field by field, so the person choosing
// between the two versions knows what differs.
import { describe, expect, it } from 'vitest';
import { describeConflicts, fieldLabel } from './describe-conflicts';

describe('fields in words', () => {
  it.each([
    [['details', 'team'], 'the team'],
    [['sections', 'direct-work'], 'the answers to "direct work"'],
    [['follows'], 'the earlier audit it follows'],
    [['voice'], 'the child and family voice'],
    [['notRequired'], 'the timescales marked not required'],
    [['goodPractice'], 'the good practice flag'],
    [['somethingNew'], 'somethingNew'],
  ])('%j is %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('each field once, with a short new value', () => {
    expect(
      describeConflicts([
        { path: ['details', 'team'], base: 'Pod 1', ours: 'Pod 2', theirs: 'Pod 4' },
        { path: ['details', 'team'], base: 'Pod 1', ours: 'Pod 2', theirs: 'Pod 4' },
        { path: ['follows'], base: null, ours: { auditId: 'a' }, theirs: { auditId: 'b' } },
      ]),
    ).toBe('the team (now “Pod 4”); the earlier audit it follows');
  });
});
