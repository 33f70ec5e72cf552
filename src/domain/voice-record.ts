// The child's and family's voice as the audit record holds it (voice.ts checks and records it).
import type { Author } from './author';

/** The ways feedback was gathered. */
export const VOICE_WAYS = [
  { id: 'child', label: 'Spoke with the child or young person' },
  { id: 'parent-carer', label: 'Spoke with a parent or carer' },
  { id: 'form', label: 'A feedback form or questionnaire' },
  { id: 'record', label: 'Their views as recorded on the case file' },
  { id: 'not-gathered', label: 'No feedback was gathered' },
] as const;
export type VoiceWay = (typeof VOICE_WAYS)[number]['id'];

/** Who took part in the audit's conversation, besides the auditor. */
export const AUDIT_PARTICIPANTS = [
  { id: 'practitioner', label: 'The practitioner' },
  { id: 'line-manager', label: 'Their line manager' },
  { id: 'csw', label: 'The consultant social worker' },
] as const;
export type AuditParticipant = (typeof AUDIT_PARTICIPANTS)[number]['id'];

export interface VoiceInput {
  ways: VoiceWay[];
  notGatheredReason: string;
  said: string;
  reflected: string;
  participants: AuditParticipant[];
  otherParticipants: string;
  reflections: string;
}

export interface ChildAndFamilyVoice extends VoiceInput {
  by: Author;
  at: string;
}
