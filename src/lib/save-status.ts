// Where saving what was typed stands: nothing yet, saving, saved (when), or not saved (why).
export type SaveStatusValue = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'error'; message: string };
