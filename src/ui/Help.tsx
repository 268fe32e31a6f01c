// The keyboard shortcuts dialog (?): it takes focus, keeps it, and gives it back on close.
// Fetched when first opened (App.tsx).

import { useEffect, useRef } from 'react';
import { useApp, actions } from '../store';
import { SHORTCUTS } from './shortcuts';
import { useInertBackground } from './inert';

export default function HelpDialog() {
  const open = useApp((s) => s.helpOpen);
  const box = useRef<HTMLDivElement>(null);
  // (first: the page behind is made usable again before the focus goes back to it)
  useInertBackground(box, open);
  // the dialog takes focus, keeps it (Tab cycles inside it), and gives it back on close
  useEffect(() => {
    if (!open) return;
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>('button')?.focus();
    return () => {
      if (back?.isConnected) back.focus();
    };
  }, [open]);
  const trap = (e: React.KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const els = [...(box.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])') ?? [])];
    if (els.length === 0) return;
    const first = els[0];
    const last = els[els.length - 1];
    if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last.focus());
    else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first.focus());
    else if (!box.current?.contains(document.activeElement)) (e.preventDefault(), first.focus());
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" onClick={() => actions().setHelpOpen(false)} onKeyDown={trap}>
      <div className="help" ref={box} onClick={(e) => e.stopPropagation()}>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Click the editor's gutter to set a breakpoint; drag a node to pin it, double-click to release it.</p>
        <button type="button" onClick={() => actions().setHelpOpen(false)} aria-label="Close help">
          Close
        </button>
      </div>
    </div>
  );
}
