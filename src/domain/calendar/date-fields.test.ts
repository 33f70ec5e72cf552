import { describe, expect, it } from 'vitest';
import { checkDateFields } from './date-fields';

const f = (day: string, month: string, year: string) => ({ day, month, year });

describe('checkDateFields (GOV.UK date input messages)', () => {
  it.each([
    [f('', '', ''), 'Enter date of audit'],
    [f('3', '', '2025'), 'Date of audit must include a month'],
    [f('', '', '2025'), 'Date of audit must include a day and month'],
    [f('30', '2', '2025'), 'Date of audit must be a real date'],
    [f('x', '2', '2025'), 'Date of audit must be a real date'],
    [f('1', '1', '25'), 'Date of audit must be a real date'],
    [f('24', '11', '2026'), 'Date of audit must be today or in the past'],
  ])('%j → %s', (fields, message) => {
    const r = checkDateFields('Date of audit', fields, { notAfter: '2026-11-23' });
    expect(r.ok ? '' : r.message).toBe(message);
  });

  it('accepts a real date and pads it', () => {
    expect(checkDateFields('Date of audit', f('3', '2', '2025'), { notAfter: '2026-11-23' })).toEqual({ ok: true, date: '2025-02-03' });
    expect(checkDateFields('Date of audit', f('29', '2', '2024'))).toEqual({ ok: true, date: '2024-02-29' });
  });
});
