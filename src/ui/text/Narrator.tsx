// The step's caption, read to screen readers: an aria-live region that speaks when the student
// lands on a step (a step, a jump, a pause), never on every frame of playback. While playing it is
// silent; on pause it says where playback stopped. The visible captions are not live regions.

import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../store';
import { useCaption } from '../useCaption';

/** how long a caption must stay before it is announced */
const SETTLE_MS = 200;

export function Narrator() {
  const caption = useCaption();
  const playing = useApp((s) => s.playing);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const last = useRef('');
  useEffect(() => {
    if (playing) return;
    const text = caption.text;
    if (text === last.current) return;
    // speak once the caption has settled: a step that lands just after Pause, or steps taken in a
    // quick run of key presses, are one announcement (the latest caption), not a stutter
    const t = setTimeout(() => {
      last.current = text;
      setSaid((s) => ({ text, n: s.n + 1 }));
    }, SETTLE_MS);
    return () => clearTimeout(t);
  }, [playing, caption.text]);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="narration" data-count={said.n}>
      {said.text}
    </div>
  );
}
