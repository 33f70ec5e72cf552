// The child's and family's voice, and the audit conversation (issue 11, point 10). Seed 002, "Thematic Audits": "A
// review of case files, reflective case discussions with the practitioner and their line manager, and feedback from
// the child, young person and their carers all support an understanding of practice." The panel is asked to review
// that feedback (a practice audit review's "family feedback"), so the audit collects it: how it was gathered, what
// they said and how it is reflected in the work, and who took part in the audit's conversation, with the
// practitioner's reflections.
import { withHistory, type Audit } from './audit';
import type { Author } from './author';
import { AUDIT_PARTICIPANTS, VOICE_WAYS, type AuditParticipant, type ChildAndFamilyVoice, type VoiceInput, type VoiceWay } from './voice-record';

export const VOICE_WAY_IDS = VOICE_WAYS.map((w) => w.id) as VoiceWay[];

export const AUDIT_PARTICIPANT_IDS = AUDIT_PARTICIPANTS.map((p) => p.id) as AuditParticipant[];

export type VoiceField = keyof VoiceInput;

/** What is missing or contradictory in what was typed, each at its field. */
export function voiceProblems(v: VoiceInput): { field: VoiceField; message: string }[] {
  const out: { field: VoiceField; message: string }[] = [];
  const none = v.ways.includes('not-gathered');
  if (v.ways.length === 0) out.push({ field: 'ways', message: 'Select how the child’s and family’s feedback was gathered, or that none was' });
  else if (none && v.ways.length > 1) out.push({ field: 'ways', message: 'Select either the ways feedback was gathered or that none was, not both' });
  if (none && !v.notGatheredReason.trim()) out.push({ field: 'notGatheredReason', message: 'Say why no feedback was gathered' });
  if (!none && v.ways.length > 0 && !v.said.trim()) out.push({ field: 'said', message: 'Say what the child and family said' });
  if (v.participants.length === 0 && !v.otherParticipants.trim())
    out.push({ field: 'participants', message: 'Select who took part in the audit conversation, or name them' });
  return out;
}

export class VoiceError extends Error {}

/** Records the voice and the conversation (or changes them), at any stage of the audit, in its history. */
export function recordVoice(audit: Audit, input: VoiceInput, by: Author, now: string): Audit {
  const [problem] = voiceProblems(input);
  if (problem) throw new VoiceError(problem.message);
  const none = input.ways.includes('not-gathered');
  const voice: ChildAndFamilyVoice = {
    ways: VOICE_WAY_IDS.filter((w) => input.ways.includes(w)),
    notGatheredReason: none ? input.notGatheredReason.trim() : '',
    said: none ? '' : input.said.trim(),
    reflected: none ? '' : input.reflected.trim(),
    participants: AUDIT_PARTICIPANT_IDS.filter((p) => input.participants.includes(p)),
    otherParticipants: input.otherParticipants.trim(),
    reflections: input.reflections.trim(),
    by,
    at: now,
  };
  return withHistory(
    { ...audit, voice },
    {
      at: now,
      by,
      kind: 'edited',
      detail: audit.voice ? 'Child and family voice and the audit conversation changed' : 'Child and family voice and the audit conversation recorded',
    },
  );
}

/** The ways and people, in words, for pages and the record. */
export function voiceWaysText(voice: Pick<ChildAndFamilyVoice, 'ways'>): string {
  return voice.ways.map((w) => VOICE_WAYS.find((x) => x.id === w)?.label ?? w).join('; ');
}

export function participantsText(voice: Pick<ChildAndFamilyVoice, 'participants' | 'otherParticipants'>): string {
  return [
    ...voice.participants.map((p) => AUDIT_PARTICIPANTS.find((x) => x.id === p)?.label ?? p),
    ...(voice.otherParticipants ? [voice.otherParticipants] : []),
  ].join('; ');
}
