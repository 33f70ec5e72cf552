import { describe, expect, it } from 'vitest';
import { problemsToErrors } from './section-values';

describe('the pure core’s problems as form errors', () => {
  it('nest by path, keeping the first message of each field', () => {
    const errors = problemsToErrors([
      { field: 'answers.surname', message: 'Select an answer for "Surname"' },
      { field: 'answers.surname', message: 'A second problem with the same field' },
      { field: 'overall.grade', message: 'Select the overall judgement' },
      { field: 'actions.0.due', message: 'Enter the due date for action 1' },
      { field: 'judgement', message: 'Select a grade' },
    ]);
    expect(errors).toEqual({
      answers: { surname: { type: 'domain', message: 'Select an answer for "Surname"' } },
      overall: { grade: { type: 'domain', message: 'Select the overall judgement' } },
      actions: { 0: { due: { type: 'domain', message: 'Enter the due date for action 1' } } },
      judgement: { type: 'domain', message: 'Select a grade' },
    });
  });

  it('are empty when there is nothing to fix', () => {
    expect(problemsToErrors([])).toEqual({});
  });
});
