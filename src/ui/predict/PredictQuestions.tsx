// Predict mode's question at a step that asks (store/predict.ts): the answer box (a number, or
// the objects clicked in the graph), then the truth with its term-by-term count, what a miss
// forgot, and the score. Loaded when predict mode is first turned on (see PredictPanel.tsx).

import { useEffect, useMemo, useState } from 'react';
import { useApp, actions } from '../../store';
import { setForwardGate } from '../../store/store';
import { useClassroom } from '../../store/classroom';
import { loadedLesson } from '../../lessons';
import { findQuestions, parsePredictNote, printedNumber, revealCollect, revealFrees, revealRefcount, revealUnreachable, type Question, type Reveal } from '../../store/predict';
import { predictStore, usePredict } from '../../store/predictMode';
import type { HeapState } from '../../trace/types';

/** the heaps the truth is read from, asked of the worker */
async function truthOf(q: Question, guess: number, picked: number[]): Promise<Reveal | null> {
  const a = actions();
  const before = await a.peek(q.step);
  const after = await a.peek(q.until);
  if (before === null || after === null) return null;
  if (q.kind === 'frees') return revealFrees(picked, before, after);
  let at: HeapState | null = null;
  let unreachable: HeapState | null = null;
  for (let s = q.step + 1; s < q.until && s < q.step + 400; s++) {
    const h = await a.peek(s);
    if (h === null) return null;
    if (q.kind === 'refcount' && h.transient !== null) {
      at = h;
      break;
    }
    if ((q.kind === 'collect' || q.kind === 'unreachable') && h.gc?.phase === 'move_unreachable') unreachable = h;
    if ((q.kind === 'collect' || q.kind === 'unreachable') && h.gc?.phase === 'done') {
      at = h;
      break;
    }
  }
  if (q.kind === 'collect') return revealCollect(guess, at, unreachable);
  if (q.kind === 'unreachable') return revealUnreachable(picked, before, unreachable);
  const truth = printedNumber(before, after);
  if (truth === null) return null;
  return revealRefcount(guess, truth, at);
}

export default function PredictQuestions() {
  const on = usePredict((s) => s.on);
  const answers = usePredict((s) => s.answers);
  const summary = useApp((s) => s.summary);
  const code = useApp((s) => s.ranCode);
  const step = useApp((s) => s.step);
  const heap = useApp((s) => s.heap);
  const selection = useApp((s) => s.selection);
  const lessonSlug = useClassroom((c) => c.lesson);
  const [guess, setGuess] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);

  const questions = useMemo(() => {
    if (summary === null || code === null) return [];
    const lesson = lessonSlug !== null ? loadedLesson(lessonSlug) : undefined;
    const pins = lesson !== undefined && lesson.code === code ? parsePredictNote(lesson.predict) : null;
    return findQuestions(summary, code, pins);
  }, [summary, code, lessonSlug]);
  // stepping, playing or seeking forward stops at a question not yet answered
  useEffect(() => {
    if (!on) return;
    setForwardGate((from, to) => {
      const answers = predictStore.getState().answers;
      for (const k of questions) if (k.step >= from && k.step < to && answers[k.step] === undefined) return k.step;
      return to;
    });
    return () => setForwardGate(null);
  }, [on, questions]);
  useEffect(() => predictStore.getState().resetFor(summary === null ? null : `${code}\u0000${summary.stepCount}`), [summary, code]);
  const q = on && heap !== null && heap.step === step ? (questions.find((k) => k.step === step) ?? null) : null;
  useEffect(() => {
    setGuess('');
    setPicked([]);
  }, [q?.step]);
  // in a frees question, clicking an object in the graph picks it (again: unpicks it)
  useEffect(() => {
    if (q === null || (q.kind !== 'frees' && q.kind !== 'unreachable') || selection === null || answers[q.step] !== undefined) return;
    setPicked((p) => (p.includes(selection) ? p.filter((x) => x !== selection) : [...p, selection]));
    actions().select(null);
  }, [selection]);

  const pending = q !== null && answers[q.step] === undefined ? q.step : null;
  useEffect(() => predictStore.getState().setPending(pending), [pending]);
  useEffect(() => () => predictStore.getState().setPending(null), []);
  if (!on || q === null) return null;
  const done = answers[q.step];
  const submit = async () => {
    const n = Number(guess);
    if ((q.kind === 'refcount' || q.kind === 'collect') && (guess.trim() === '' || !Number.isInteger(n))) return;
    setBusy(true);
    const r = await truthOf(q, n, picked);
    setBusy(false);
    if (r === null) return;
    const said = q.kind === 'frees' || q.kind === 'unreachable' ? (picked.length === 0 ? 'nothing' : picked.map((id) => `#${id}`).join(', ')) : String(n);
    predictStore.getState().answer(q.step, { said, reveal: r });
  };
  // the truth without a guess: shown and explained, not scored
  const skip = async () => {
    setBusy(true);
    const r = await truthOf(q, Number.NaN, []);
    setBusy(false);
    if (r === null) return;
    predictStore.getState().answer(q.step, { said: 'nothing (skipped)', reveal: r, skipped: true });
  };
  return (
    <section className="predict-panel" aria-label="Predict" data-testid="predict-panel" data-kind={q.kind} data-line={q.line}>
      <strong>Predict · line {q.line}:</strong> {q.text}
      {done === undefined ? (
        <form
          className="predict-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {q.kind === 'frees' || q.kind === 'unreachable' ? (
            <span data-testid="predict-picked">{picked.length === 0 ? 'nothing picked' : `picked: ${picked.map((id) => `#${id}`).join(', ')}`}</span>
          ) : (
            <input type="number" value={guess} onChange={(e) => setGuess(e.target.value)} aria-label="Your prediction" autoFocus />
          )}
          <button type="submit" disabled={busy}>
            Check
          </button>
          <button type="button" disabled={busy} onClick={() => void skip()} title="Show the answer without scoring this question">
            Skip
          </button>
          <span className="muted predict-hold">answer to step on</span>
        </form>
      ) : (
        <div className={`predict-reveal ${done.skipped ? 'skipped' : done.reveal.right ? 'right' : 'wrong'}`} data-testid="predict-reveal" data-right={done.reveal.right} data-skipped={done.skipped === true} role="status">
          <p>{done.skipped ? `Skipped (not scored): ${done.reveal.truth}.` : `${done.reveal.right ? '✓ Right' : '✗ Not quite'}: you said ${done.said}; ${done.reveal.truth}.`}</p>
          {done.reveal.forgot !== null && !done.skipped && <p data-testid="predict-forgot">{done.reveal.forgot}</p>}
          {done.reveal.terms.length > 0 && (
            <ul className="predict-terms">
              {done.reveal.terms.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
