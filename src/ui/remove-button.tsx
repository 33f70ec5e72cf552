import type { ReactNode } from 'react';

/**
 * Removes an item from a list the user is building. The pressed button disappears with its item, so focus moves to
 * the element named by `focusAfter` (usually the list's Add button) rather than falling to the page body.
 */
export function RemoveButton({ onRemove, focusAfter, children }: { onRemove: () => void; focusAfter: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
      onClick={() => {
        onRemove();
        requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
      }}
    >
      {children}
    </button>
  );
}
