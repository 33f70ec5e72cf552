// Issue 11, point 10. Seed 002, "Thematic Audits": "A review of case files, reflective case discussions with the
// practitioner and their line manager, and feedback from the child, young person and their carers all support an
// understanding of practice." The audit records that feedback and who took part, for the panel to review.
import { describe, expect, it } from 'vitest';
import { participantsText, recordVoice, voiceProblems, VoiceError, voiceWaysText } from './voice';
import type { VoiceInput } from './voice-record';
import { AUDITOR, newAudit } from '@test/builders/audit';

const full: VoiceInput = {
  ways: ['child', 'parent-carer'],
  notGatheredReason: '',
  said: 'Ava said she likes her social worker because she listens.',
  reflected: 'The plan includes the contact Ava asked for.',
  participants: ['practitioner', 'line-manager'],
  otherParticipants: '',
  reflections: 'Would have involved dad sooner.',
};

describe('child and family voice, and the audit conversation', () => {
  it.each<[string, Partial<VoiceInput>, { field: string; message: string }[]]>([
    ['all of it', {}, []],
    ['no way chosen', { ways: [] }, [{ field: 'ways', message: 'Select how the child’s and family’s feedback was gathered, or that none was' }]],
    ['gathered, but nothing said', { said: '  ' }, [{ field: 'said', message: 'Say what the child and family said' }]],
    ['none gathered, with why', { ways: ['not-gathered'], notGatheredReason: 'Family declined', said: '' }, []],
    ['none gathered, without why', { ways: ['not-gathered'], said: '' }, [{ field: 'notGatheredReason', message: 'Say why no feedback was gathered' }]],
    [
      'none and some',
      { ways: ['not-gathered', 'child'], notGatheredReason: 'x' },
      [{ field: 'ways', message: 'Select either the ways feedback was gathered or that none was, not both' }],
    ],
    ['nobody took part', { participants: [] }, [{ field: 'participants', message: 'Select who took part in the audit conversation, or name them' }]],
    ['someone else named', { participants: [], otherParticipants: 'IRO' }, []],
  ])('%s', (_what, change, problems) => {
    expect(voiceProblems({ ...full, ...change })).toEqual(problems);
  });

  it('is recorded in the audit and its history, trimmed; what does not apply is not kept', () => {
    const audit = recordVoice(
      newAudit(),
      { ...full, ways: ['not-gathered'], notGatheredReason: ' Family declined ', said: 'stale' },
      AUDITOR,
      '2025-03-11T10:00:00.000Z',
    );
    expect(audit.voice).toMatchObject({ ways: ['not-gathered'], notGatheredReason: 'Family declined', said: '', by: AUDITOR });
    expect(audit.history.at(-1)?.detail).toBe('Child and family voice and the audit conversation recorded');
    expect(recordVoice(audit, full, AUDITOR, '2025-03-12T10:00:00.000Z').history.at(-1)?.detail).toBe(
      'Child and family voice and the audit conversation changed',
    );
    expect(() => recordVoice(newAudit(), { ...full, ways: [] }, AUDITOR, '2025-03-11T10:00:00.000Z')).toThrow(VoiceError);
  });

  it('says the ways and the people in words', () => {
    expect(voiceWaysText(full)).toBe('Spoke with the child or young person; Spoke with a parent or carer');
    expect(participantsText({ participants: ['practitioner'], otherParticipants: 'IRO' })).toBe('The practitioner; IRO');
  });
});
