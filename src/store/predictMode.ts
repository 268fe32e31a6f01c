// Predict mode's session on the page: on or off (?predict=1), the answers given so far (by the
// step that asked) and the score. The questions and answers themselves are store/predict.ts's.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Reveal, Score } from './predict';

const scoreAfter = (s: Score, right: boolean): Score => ({ asked: s.asked + 1, right: s.right + (right ? 1 : 0) });

export interface Answered {
  /** what the student said, in words */
  said: string;
  reveal: Reveal;
  /** the student skipped the question: the truth is shown, the score stays */
  skipped?: boolean;
}

export interface PredictState {
  on: boolean;
  score: Score;
  /** by the step that asked */
  answers: Record<number, Answered>;
  /** the run the answers are about (a new run starts afresh) */
  runKey: string | null;
  /** the step of the question on show, not yet answered (a lesson's note there would give it away) */
  pending: number | null;
  setPending(step: number | null): void;
  setOn(on: boolean): void;
  answer(step: number, a: Answered): void;
  resetFor(runKey: string | null): void;
}

export const predictStore = createStore<PredictState>()((set, get) => ({
  on: false,
  score: { asked: 0, right: 0 },
  answers: {},
  runKey: null,
  pending: null,
  setPending: (pending) => {
    if (get().pending !== pending) set({ pending });
  },
  setOn: (on) => set({ on }),
  answer: (step, a) => {
    if (get().answers[step] !== undefined) return;
    set((s) => ({ answers: { ...s.answers, [step]: a }, score: a.skipped ? s.score : scoreAfter(s.score, a.reveal.right) }));
  },
  resetFor: (runKey) => {
    if (get().runKey !== runKey) set({ runKey, answers: {}, score: { asked: 0, right: 0 } });
  },
}));

export function usePredict<T>(selector: (s: PredictState) => T): T {
  return useStore(predictStore, selector);
}
