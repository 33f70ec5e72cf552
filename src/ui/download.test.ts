import { describe, expect, it } from 'vitest';
import { fileName } from './download';

// Issue 12, "Exports that drop nothing": file names carry the whole filter, so two exports never collide.
describe('file names', () => {
  it.each([
    [['audit overview', '2025-04-01', 'to', '2026-03-31', undefined, '', 'Pod 1'], 'csv', 'audit-overview-2025-04-01-to-2026-03-31-pod-1.csv'],
    [['audit overview', '2025-04-01', 'to', '2026-03-31', undefined, '', 'Pod 2'], 'csv', 'audit-overview-2025-04-01-to-2026-03-31-pod-2.csv'],
    [
      ['audits', 'Inadequate', 'Pod “North”', 'Siobhán Ní Bhriain', 'from 2025-01-01', '2026-11-30'],
      'json',
      'audits-inadequate-pod-north-siobhan-ni-bhriain-from-2025-01-01-2026-11-30.json',
    ],
    [['audit pack', '  ', 'Sam Patel', '2026-11-30'], 'json', 'audit-pack-sam-patel-2026-11-30.json'],
  ] as const)('%j as %s is %s', (parts, extension, name) => {
    expect(fileName(parts, extension)).toBe(name);
  });
});
