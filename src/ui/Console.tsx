// Output so far at the current step, errors in red, and the step's caption.

import { useEffect, useRef } from 'react';
import { useApp } from '../store';
import { useCaption } from './useCaption';
import { programEnd } from '../trace/views/ending';
import { modeTitle } from '../store/pyMode';

export function Console() {
  const heap = useApp((s) => s.heap);
  const summary = useApp((s) => s.summary);
  const status = useApp((s) => s.status);
  const runMs = useApp((s) => s.runMs);
  const ranMode = useApp((s) => s.ranMode);
  const atEnd = useApp((s) => s.summary !== null && s.step >= programEnd(s.summary));
  const caption = useCaption();
  const out = useRef<HTMLPreElement>(null);
  const stdout = heap?.stdout ?? '';
  // a syntax error has no steps: its message is the whole story
  const stderr = heap !== null ? heap.stderr : (summary?.stderr ?? '');
  const limit = summary?.stepLimited ? summary.error?.message ?? 'The step limit was reached.' : null;
  useEffect(() => {
    out.current?.scrollTo({ top: out.current.scrollHeight });
  }, [stdout, stderr]);
  return (
    <section className="console-panel" aria-label="Console">
      <div className={`caption phase-${caption.phase}`} data-testid="caption" data-line={caption.line} data-phase={caption.phase} data-grain={heap?.grain ?? ''}>
        {caption.text}
      </div>
      {summary?.pageThread === true && !summary.jsStackOverflowed && (
        <div className="run-note" data-testid="page-thread">
          Run on the page's thread: too deep for the worker's stack.
        </div>
      )}
      {summary?.jsStackOverflowed && (
        <div className="limit-banner" role="alert" data-testid="stack-limit">
          <strong>This browser ran out of stack before CPython would</strong>, in its engine worker and again on the page's own thread. The RecursionError above came at a smaller depth
          than CPython's limit of 1000, so this run differs from CPython from there on. The command line reaches the limit:{' '}
          <code>npx refscope run program.py</code>
        </div>
      )}
      {limit !== null && (
        <div className="limit-banner" role="alert" data-testid="step-limit">
          <strong>The program was stopped after {(summary!.stepCount - 1).toLocaleString('en-US')} steps.</strong> It may loop forever; the
          timeline shows the steps it ran. <code>{limit}</code>
        </div>
      )}
      <pre className="console-out" ref={out} data-testid="console">
        {stdout}
        {stderr && (atEnd || heap === null || !summary?.stepLimited) && <span className="stderr">{stderr}</span>}
      </pre>
      {summary !== null && (
        <div className="run-info" data-testid="run-info">
          {ranMode !== null && (
            <strong className="run-version" data-testid="run-version">
              {modeTitle(ranMode)}'s numbers ·{' '}
            </strong>
          )}
          {summary.stepCount.toLocaleString('en-US')} steps recorded in {Math.round(runMs)} ms · exit code {summary.exitCode}
        </div>
      )}
    </section>
  );
}

