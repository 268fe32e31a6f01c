// A modal dialog's background: while the dialog is open, everything else in the app is inert
// (no focus, no clicks, hidden from screen readers), so the dialog alone is in the page for
// keyboard and screen-reader users (and for the dimmed text behind it).

import { useEffect, type RefObject } from 'react';

export function useInertBackground(box: RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    const dialog = box.current;
    const app = dialog?.closest('.app');
    if (!open || !dialog || !app) return;
    const made: HTMLElement[] = [];
    for (const el of app.children) {
      if (!(el instanceof HTMLElement) || el.contains(dialog) || el.inert || el.getAttribute('aria-live') !== null) continue;
      el.inert = true;
      made.push(el);
    }
    return () => {
      for (const el of made) el.inert = false;
    };
  }, [box, open]);
}
