// The step's caption, read to screen readers: an aria-live region that speaks when the student
// lands on a step (a step, a jump, a pause), never on every frame of playback. While playing it is
// silent; on pause it says where playback stopped. The visible captions are not live regions.

import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../store';
import { useCaption } from '../useCaption';

export function Narrator() {
  const caption = useCaption();
  const playing = useApp((s) => s.playing);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const last = useRef('');
  useEffect(() => {
    if (playing) return;
    const text = caption.text;
    if (text === last.current) return;
    last.current = text;
    setSaid((s) => ({ text, n: s.n + 1 }));
  }, [playing, caption.text]);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="narration" data-count={said.n}>
      {said.text}
    </div>
  );
}
