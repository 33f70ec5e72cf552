// What the visits show, as the auditor reads it (issue 11, point 9): the policy's checks of visits, visits recorded
// late and a breach ended by a placement move, each in a table named for what it holds.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { evaluateVisiting } from '@/domain/visiting';
import { latestTimescalePolicy } from '@/templates/registry';
import { VisitingFindings } from './visiting-tool';

const camden = latestTimescalePolicy('camden');
const regime = (id: string) => {
  const r = camden.visiting.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const visit = (date: string, recordedOn?: string) => ({ date, seenAlone: 'yes' as const, announced: 'announced' as const, recordedOn });

describe('what the visits show', () => {
  it('Camden child in need: no unannounced visit in 3 months (seed 000, "Child in Need visits"), and a visit recorded late', () => {
    const result = evaluateVisiting(
      regime('child-in-need'),
      { referral: ['2025-01-06'] },
      [visit('2025-01-10', '2025-01-13'), visit('2025-01-31', '2025-02-14'), visit('2025-02-20'), visit('2025-03-13'), visit('2025-04-02')],
      '2025-04-20',
    );
    render(<VisitingFindings result={result} periodEnd="2025-04-20" />);
    const unannounced = screen.getByRole('table', { name: 'An unannounced visit as often as asked: not as often as the policy asks' });
    expect(within(unannounced).getByText('No unannounced visit within 3 months by the date of the audit')).toBeTruthy();
    const late = screen.getByRole('table', { name: 'Visits recorded late' });
    expect(within(late).getAllByRole('row')).toHaveLength(2);
    expect(within(late).getByText('31 January 2025')).toBeTruthy();
    expect(screen.getByText(/2 of 5 with the date recorded; the policy asks within 5 working days of the visit\. 1 recorded late\./)).toBeTruthy();
  });

  it('a visit overdue when the child moved placement: "None before the move", and the move listed (seed 000, "CLA visits")', () => {
    const result = evaluateVisiting(
      regime('looked-after-standard'),
      { 'placement-start': ['2025-01-06'], 'placement-move': ['2025-03-10'] },
      [visit('2025-01-10', '2025-01-10'), visit('2025-03-14', '2025-03-14')],
      '2025-03-20',
    );
    render(<VisitingFindings result={result} periodEnd="2025-03-20" />);
    const breaches = screen.getByRole('table', { name: 'Breaches' });
    expect(within(breaches).getByText('None before the move on 10 March 2025')).toBeTruthy();
    expect(screen.getByText('10 March 2025', { selector: 'dd' })).toBeTruthy();
  });
});
