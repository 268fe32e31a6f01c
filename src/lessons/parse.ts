// A lesson is a plain Python file whose leading comment block is its header:
//   # lesson: {"order": 1, "slug": "aliasing", "title": "..."}
//   # one paragraph of explanation, over as many comment lines as it needs
//   # @12: a note shown beside the graph while line 12 (of the program below) is current
//   # predict: 3, 4, 7:frees   the lines predict mode asks about (see store/predict.ts)
// The program is everything after the header block.

export interface Lesson {
  order: number;
  slug: string;
  title: string;
  explanation: string;
  /** notes pinned to program lines (1-based, counted in `code`) */
  notes: Record<number, string>;
  /** predict mode's pinned lines, as written after `predict:` (undefined: found from the run) */
  predict?: string;
  code: string;
}

export function parseLesson(text: string): Lesson {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const first = /^# lesson: (\{.*\})\s*$/.exec(lines[0] ?? '');
  if (!first) throw new Error('a lesson starts with a "# lesson: {...}" line');
  const meta = JSON.parse(first[1]) as { order: number; slug: string; title: string };
  let i = 1;
  const para: string[] = [];
  const notes: Record<number, string> = {};
  let pinned: string | undefined;
  for (; i < lines.length && lines[i].startsWith('#'); i++) {
    const body = lines[i].replace(/^# ?/, '');
    const note = /^@(\d+): (.*)$/.exec(body);
    const predict = /^predict:\s*(.*)$/.exec(body);
    if (note) notes[Number(note[1])] = note[2];
    else if (predict) pinned = predict[1];
    else if (body.trim() !== '') para.push(body.trim());
  }
  const code = lines.slice(i).join('\n').replace(/\n+$/, '') + '\n';
  const lesson: Lesson = { order: meta.order, slug: meta.slug, title: meta.title, explanation: para.join(' '), notes, code };
  if (pinned !== undefined) lesson.predict = pinned;
  return lesson;
}
