import { Trans } from '@lingui/react/macro';
import type { KeyboardEvent } from 'react';

/**
 * Keyboard handling shared by the line grids of the order and requisition forms. Every cell input
 * carries data-line (its line's index) and data-field; Tab and Shift+Tab move between cells as
 * usual, and on top of that:
 *
 * - Enter goes to the same cell of the next line, or adds a line after the last one and goes to
 *   its first cell (an open picker keeps Enter for choosing its option; buttons keep it too);
 * - Ctrl+Delete (⌘+Delete) removes the line the focus is in.
 */
export const LINE_GRID_HINT = (
  // A Trans element renders in the language the app shows when drawn, not at load.
  <Trans>
    Tab moves between cells · Enter goes to the next line (or adds one after the last) · Ctrl+Delete removes a
    line
  </Trans>
);

/** Focuses a cell once React has drawn it. */
export function focusLineCell(container: HTMLElement | null, line: number, field: string): void {
  requestAnimationFrame(() => {
    const cell = container?.querySelector<HTMLElement>(`[data-line="${line}"][data-field="${field}"]`);
    cell?.focus();
    if (cell instanceof HTMLInputElement) cell.select();
  });
}

export function handleLineGridKeyDown(
  event: KeyboardEvent<HTMLElement>,
  opts: {
    container: HTMLElement | null;
    lineCount: number;
    /** The cell a new line's focus goes to. */
    firstField: string;
    onAdd: () => void;
    onRemove: (index: number) => void;
  },
): void {
  const target = event.target as HTMLElement;
  const field = target.dataset.field;
  const line = Number(target.dataset.line);
  if (!field || !Number.isInteger(line)) return;
  const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
  if (event.key === 'Enter' && plain) {
    if (target.tagName === 'BUTTON' || target.tagName === 'TEXTAREA') return;
    if (target.getAttribute('aria-expanded') === 'true' || target.dataset.expanded === 'true') return;
    event.preventDefault();
    if (line + 1 < opts.lineCount) {
      focusLineCell(opts.container, line + 1, field);
    } else {
      opts.onAdd();
      focusLineCell(opts.container, line + 1, opts.firstField);
    }
    return;
  }
  if (event.key === 'Delete' && (event.ctrlKey || event.metaKey) && opts.lineCount > 1) {
    event.preventDefault();
    opts.onRemove(line);
    focusLineCell(opts.container, Math.min(line, opts.lineCount - 2), field);
  }
}
