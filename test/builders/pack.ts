// An audit pack of these audits, made from the workspace open now in the clear, and read back checked: what another
// workspace brings in.
import { makePack, readPack, type CheckedPack } from '@/storage/packs';
import { AUDITOR, NOW } from './audit';

export async function packOf(auditIds: readonly string[]): Promise<CheckedPack> {
  return readPack((await makePack(auditIds, AUDITOR, NOW, null)).text);
}
