import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDateFields, storedToTyped, typedToStored } from './date-fields';
import { isIsoDate } from './iso-date';

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

describe('key and visit dates typed into day, month and year', () => {
  const t = (day: string, month: string, year: string, time = '') => ({ day, month, year, time });

  it.each([
    [t('6', '1', '2025'), '2025-01-06', true],
    [t('06', '01', '2025', '14:30'), '2025-01-06T14:30', false],
    [t('31', '2', '2025'), '2025-02-31', false],
    [t('15', '3', ''), '-03-15', false],
    [t('', '', ''), '', false],
  ])('%o is kept as %s (a real date: %s)', (typed, stored, real) => {
    expect(typedToStored(typed)).toBe(stored);
    expect(isIsoDate(stored)).toBe(real);
  });

  it('gives back what was stored, so nothing typed is lost on the way', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{0,2}$/),
        fc.stringMatching(/^\d{0,2}$/),
        fc.stringMatching(/^\d{0,4}$/),
        fc.constantFrom('', '09:15'),
        (day, month, year, time) => {
          const stored = typedToStored({ day, month, year, time });
          expect(typedToStored(storedToTyped(stored))).toBe(stored);
        },
      ),
    );
  });
});
