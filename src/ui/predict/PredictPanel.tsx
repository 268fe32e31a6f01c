// Predict mode on the page: a toggle, and, once it is on, the questions (PredictQuestions.tsx,
// fetched when predict mode is first turned on).

import { Suspense, lazy } from 'react';
import { predictStore, usePredict } from '../../store/predictMode';

const LazyQuestions = lazy(() => import('./PredictQuestions'));

export function PredictToggle() {
  const on = usePredict((s) => s.on);
  const score = usePredict((s) => s.score);
  return (
    <label className="check predict-toggle" title="Predict mode: before a step that matters, say what will happen, then see">
      <input type="checkbox" checked={on} onChange={(e) => predictStore.getState().setOn(e.target.checked)} aria-label="Predict mode" />
      predict
      {on && (
        <span className="predict-score" data-testid="predict-score" data-right={score.right} data-asked={score.asked}>
          {' '}
          · score {score.right}/{score.asked}
        </span>
      )}
    </label>
  );
}

export function PredictPanel() {
  const on = usePredict((s) => s.on);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <LazyQuestions />
    </Suspense>
  );
}
