// Deterministic auditing programmes for tests: April 2024 to March 2025, with dip sampling in the months given.
import type { AuditProgramme } from '@/domain/programme';
import { NOW } from './audit';

export function auditProgramme(entries: { id: string; month: string }[], over: Partial<AuditProgramme> = {}): AuditProgramme {
  return {
    id: 'p1',
    rev: '',
    revisions: [],
    createdAt: NOW,
    updatedAt: NOW,
    title: 'Auditing programme',
    startYear: 2024,
    history: [],
    entries: entries.map((e) => ({ ...e, activity: 'dip-sampling', focus: '', team: '', planned: 0 })),
    ...over,
  };
}
