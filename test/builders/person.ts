// Deterministic people for tests: the auditor of the audit builders, as a stored profile.
import { newPerson, type Person } from '@/domain/person';
import { AUDITOR, NOW } from './audit';

export const AUDITOR_PROFILE: Person = newPerson('person-auditor', AUDITOR, NOW);
