// Presentation mode's bottom bar: the lesson's note for this line (or the step's caption) in
// large type, the step buttons, and the way back.

import { useApp, actions } from '../store';
import { setPresenting } from '../store/classroom';
import { useLessonNote } from './graph/HeapGraph';
import { Icon } from './Icon';
import { useCaption } from './useCaption';
import { stepLabel } from '../trace/views/ending';

export function PresentBar() {
  const cap = useCaption();
  const caption = cap.text;
  const stepGrain = useApp((s) => s.heap?.grain ?? '');
  const grain = useApp((s) => s.settings.grain);
  const summary = useApp((s) => s.summary);
  const ready = useApp((s) => s.status === 'ready' && s.summary !== null && s.summary.stepCount > 0);
  const step = useApp((s) => s.step);
  const output = useApp((s) => {
    const out = s.heap?.stdout ?? '';
    const lines = out.trimEnd().split('\n');
    return lines[lines.length - 1] ?? '';
  });
  const note = useLessonNote();
  const a = actions();
  return (
    <div className="present-bar" data-testid="present-bar">
      <div className="present-text">
        <div className="present-caption" data-testid="present-caption" data-line={cap.line} data-grain={stepGrain}>
          {note !== null ? note.text : caption}
        </div>
        <div className="present-sub">
          {note !== null && <span>{caption}</span>}
          {output !== '' && (
            <span className="present-out">
              output: <code>{output}</code>
            </span>
          )}
        </div>
      </div>
      <div className="present-controls" role="toolbar" aria-label="Step controls">
        {!ready && (
          <button type="button" className="primary" onClick={() => void a.run()} aria-label="Run">
            ▶ Run
          </button>
        )}
        <button type="button" onClick={() => void a.stepBack()} disabled={!ready} aria-label="Step back" title="Step back (←)">
          <Icon name="back" />
        </button>
        <span className="present-count" data-testid="step-count" data-step={step} aria-live="off">
          {summary !== null && summary.stepCount > 0 ? stepLabel(summary, step, grain) : ''}
        </span>
        <button type="button" onClick={() => void a.stepForward()} disabled={!ready} aria-label="Step forward" title="Step forward (→)">
          <Icon name="forward" />
        </button>
        <button type="button" onClick={() => setPresenting(false)} aria-label="Exit presentation" title="Back to the full page (P or Esc)">
          Exit
        </button>
      </div>
    </div>
  );
}
