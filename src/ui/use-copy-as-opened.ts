// The copy of a record a form was opened with. A form writes its change from this copy, not from the record as it is
// now: if someone changed the record since (another tab, window or person), the write module then sees it, keeps
// their change to other fields, and refuses a change to the same field with what changed, instead of silently
// writing the form's stale values over theirs.
import { useState } from 'react';

export function useCopyAsOpened<T>(record: T): T {
  return useState(record)[0];
}
