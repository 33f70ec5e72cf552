// Read models kept on each device and rebuilt from the audits whenever the code that builds them changes
// (../projections.ts): the summaries, a month to a record, and the state of their projection. Never upgraded, checked
// or carried anywhere; the summaries' labels are sealed apart in a protected workspace.
import { defineRecord } from './define';

export const summaryMonths = defineRecord({
  table: 'summaryMonths',
  label: 'Audit summaries by month',
  indexes: 'id',
  schema: null,
  sealed: false,
  upgrades: [],
  travels: { backup: false, pack: false, sync: false },
});

export const projections = defineRecord({
  table: 'projections',
  label: 'Projections',
  indexes: 'id',
  schema: null,
  sealed: false,
  upgrades: [],
  travels: { backup: false, pack: false, sync: false },
});
