// Autosave, the most delicate code on the auditor's path: changes are written in order, each on top of the copy the
// last write returned; "Saved" shows only once the latest has committed; a refused write says so and reports
// failure; and leaving the page (unmounting, or the browser's pagehide) writes what is pending.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { withEdit, type Audit } from '@/domain/audit';
import { db, selectDatabase } from '@/storage/db';
import { getAudit } from '@/storage/read';
import { addAudit, writeAudit } from '@/storage/write';
import { AUDITOR, newAudit } from '@test/builders/audit';
import { useAutosave } from './use-autosave';
import { clearUnsaved, useUnsavedChanges, warnBeforeLeaving } from '@/data/unsaved';
import { stashedDraft } from '@/data/draft-stash';

const PLACE = {
  key: 'a/recording',
  what: 'Recording, in the audit of case CR-10001',
  href: '/audits/a/sections/recording',
  baseOf: (a: Audit) => a.sections.recording,
};
let n = 0;
let stored: Audit;
beforeEach(async () => {
  clearUnsaved(PLACE.key);
  n += 1;
  selectDatabase(`autosave-${n}`);
  stored = await addAudit(() => newAudit({}, `autosave-${n}`));
});

const answer = (text: string) => (base: Audit, now: string) =>
  withEdit({ ...base, sections: { ...base.sections, recording: { answers: { note: text } } } }, 'Recording', AUDITOR, now);

describe('autosave', () => {
  it('writes changes in order, each on the copy the last write returned, and says "Saved" once the latest has committed', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    act(() => result.current.schedule(answer('first')));
    expect(result.current.status).toEqual({ state: 'saving' });
    let ok = false;
    await act(async () => {
      ok = await result.current.flush();
    });
    act(() => result.current.schedule(answer('second')));
    await act(async () => {
      ok = (await result.current.flush()) && ok;
    });
    expect(ok).toBe(true);
    const saved = await getAudit(stored.id);
    expect(saved?.rev).toMatch(/^3-/);
    expect(saved?.sections.recording?.answers.note).toBe('second');
    expect(result.current.latest.current.rev).toBe(saved?.rev);
    expect(result.current.status).toEqual({ state: 'saved', at: saved?.updatedAt });
  });

  it('gathers changes made within the pause into one write of the latest', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    act(() => {
      result.current.schedule(answer('a'));
      result.current.schedule(answer('ab'));
      result.current.schedule(answer('abc'));
    });
    await act(async () => {
      await result.current.flush();
    });
    const saved = await getAudit(stored.id);
    expect(saved?.rev).toMatch(/^2-/);
    expect(saved?.sections.recording?.answers.note).toBe('abc');
  });

  it('refuses to write over the same answer changed elsewhere since the page opened, and says so', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    await writeAudit(stored, answer('typed in another tab'));
    act(() => result.current.schedule(answer('mine')));
    let ok = true;
    await act(async () => {
      ok = await result.current.flush();
    });
    expect(ok).toBe(false);
    expect(result.current.status).toMatchObject({ state: 'error', message: expect.stringContaining('changed elsewhere') as unknown as string });
    expect((await getAudit(stored.id))?.sections.recording?.answers.note).toBe('typed in another tab');
  });

  it('keeps a change made elsewhere to another part of the audit, and its own', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    await writeAudit(stored, (a) => ({ ...a, visitingRegime: 'chosen in another tab' }));
    act(() => result.current.schedule(answer('mine')));
    await act(async () => {
      expect(await result.current.flush()).toBe(true);
    });
    const saved = await getAudit(stored.id);
    expect(saved).toMatchObject({ visitingRegime: 'chosen in another tab', sections: { recording: { answers: { note: 'mine' } } } });
  });

  it('reports a write that fails for any other reason, and keeps the change to write again', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    db().close();
    act(() => result.current.schedule(answer('typed while the database is closed')));
    let ok = true;
    await act(async () => {
      ok = await result.current.flush();
    });
    expect(ok).toBe(false);
    expect(result.current.status).toMatchObject({ state: 'error' });
    expect(result.current.latest.current.rev).toBe(stored.rev);
  });

  it('asks before the tab closes with a change still pending', () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    act(() => result.current.schedule(answer('typed just before closing')));
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });

  it('keeps a change that failed, with what was typed, until trying again saves it; leaving asks first meanwhile', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    await writeAudit(stored, answer('typed in another tab'));
    act(() => result.current.schedule(answer('mine'), { typed: 'mine' }));
    await act(async () => {
      await result.current.flush();
    });
    const { result: kept } = renderHook(() => useUnsavedChanges());
    expect(kept.current).toMatchObject([{ key: PLACE.key, what: PLACE.what, href: PLACE.href, draft: { typed: 'mine' } }]);
    expect(kept.current[0]?.message).toContain('changed elsewhere');
    const leaving = new Event('beforeunload', { cancelable: true });
    warnBeforeLeaving(leaving as BeforeUnloadEvent);
    expect(leaving.defaultPrevented).toBe(true);
    // The other tab's answer is taken back; trying again now saves this one.
    const current = (await getAudit(stored.id))!;
    await writeAudit(current, (a) => ({ ...a, sections: { ...a.sections, recording: { answers: { note: 'mine' } } } }));
    await act(async () => {
      await kept.current[0]?.retry();
    });
    expect(kept.current).toEqual([]);
  });

  it('tries again through the same check: another tab’s saved answer is refused again, never written over', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    await writeAudit(stored, answer('saved in another tab'));
    act(() => result.current.schedule(answer('mine'), { typed: 'mine' }));
    await act(async () => {
      await result.current.flush();
    });
    const { result: kept } = renderHook(() => useUnsavedChanges());
    await act(async () => {
      await kept.current[0]?.retry();
    });
    expect((await getAudit(stored.id))?.sections.recording?.answers.note).toBe('saved in another tab');
    // Still kept, with what was typed, and the reason again.
    expect(kept.current).toMatchObject([{ key: PLACE.key, draft: { typed: 'mine' } }]);
    expect(kept.current[0]?.message).toContain('changed elsewhere');
  });

  it('keeps what was typed when a change made without it (a setting) cannot be saved', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    await writeAudit(stored, answer('saved in another tab'));
    act(() => result.current.schedule(answer('mine'), { typed: 'mine' }));
    act(() => result.current.schedule(answer('mine, and a setting')));
    await act(async () => {
      await result.current.flush();
    });
    const { result: kept } = renderHook(() => useUnsavedChanges());
    expect(kept.current).toMatchObject([{ key: PLACE.key, draft: { typed: 'mine' } }]);
    expect(stashedDraft(PLACE.key)).toEqual({ typed: 'mine' });
  });

  it('writes what is pending when the page is left', async () => {
    const { result, unmount } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    act(() => result.current.schedule(answer('typed just before leaving')));
    unmount();
    await vi.waitFor(async () => expect((await getAudit(stored.id))?.sections.recording?.answers.note).toBe('typed just before leaving'));
  });

  it('writes what is pending when the browser hides or closes the page', async () => {
    const { result } = renderHook(() => useAutosave(stored, PLACE, writeAudit));
    act(() => result.current.schedule(answer('typed before closing the tab')));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await vi.waitFor(async () => expect((await getAudit(stored.id))?.sections.recording?.answers.note).toBe('typed before closing the tab'));
  });
});
