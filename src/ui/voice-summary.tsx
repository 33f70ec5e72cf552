// The child's and family's voice and the audit conversation, as the audit record and the moderation panel read them.
import { participantsText, voiceWaysText } from '@/domain/voice';
import type { ChildAndFamilyVoice } from '@/domain/voice-record';
import { MultilineText, SummaryList, type SummaryRow } from './content';

export function VoiceSummary({ voice }: { voice: ChildAndFamilyVoice }) {
  const rows: SummaryRow[] = [
    { key: 'How feedback was gathered', value: voiceWaysText(voice) },
    ...(voice.notGatheredReason ? [{ key: 'Why none was gathered', value: <MultilineText text={voice.notGatheredReason} /> }] : []),
    ...(voice.said ? [{ key: 'What they said', value: <MultilineText text={voice.said} /> }] : []),
    ...(voice.reflected ? [{ key: 'How it is reflected in the work', value: <MultilineText text={voice.reflected} /> }] : []),
    { key: 'Took part in the audit conversation', value: participantsText(voice) || 'Not recorded' },
    ...(voice.reflections ? [{ key: 'The practitioner’s reflections', value: <MultilineText text={voice.reflections} /> }] : []),
  ];
  return <SummaryList rows={rows} />;
}
