// A lesson is a plain Python file whose leading comment block is its header:
//   # lesson: {"order": 1, "slug": "aliasing", "title": "..."}
//   # one paragraph of explanation, over as many comment lines as it needs
//   # @12: a note shown beside the graph while line 12 (of the program below) is current
//   # predict: 3, 4, 7:frees   the lines predict mode asks about (see store/predict.ts)
//   # @12 [3.14]: a version note: shown with line 12 only when the page simulates CPython 3.14
//   # [3.13+]: a version note for the whole lesson, shown under its explanation in 3.13 and later
// A lesson is written for 3.11 (the default); its version notes say where another version's
// numbers differ. Conditions: a version (3.12), a version and later (3.12+), or lf (3.11 with the
// collector from before PEP 442).
// The program is everything after the header block.

/** what the page knows of every lesson from the start: its header line (see index.ts) */
export interface LessonHeader {
  order: number;
  slug: string;
  title: string;
}

export interface Lesson extends LessonHeader {
  explanation: string;
  /** notes pinned to program lines (1-based, counted in `code`) */
  notes: Record<number, string>;
  /** predict mode's pinned lines, as written after `predict:` (undefined: found from the run) */
  predict?: string;
  /** notes that apply under other CPython versions only */
  versionNotes: VersionNote[];
  code: string;
}

export interface VersionNote {
  /** the program line it goes with (null: the lesson as a whole) */
  line: number | null;
  /** when it applies: "3.14", "3.12+" or "lf" */
  when: string;
  text: string;
}

const WHEN = /^(3\.1[1-4]\+?|lf)$/;

/** whether a version note applies to a run of `python` (with the pre-PEP 442 collector or not) */
export function versionNoteApplies(when: string, python: string, legacyFinalizers: boolean): boolean {
  if (when === 'lf') return legacyFinalizers;
  const minor = (v: string) => Number(v.split('.')[1]);
  if (when.endsWith('+')) return minor(python) >= minor(when.slice(0, -1));
  return python === when && !legacyFinalizers;
}

/** the version notes of a lesson that apply to a run (line: one line's; null: the lesson's own) */
export function versionNotesFor(lesson: Lesson, line: number | null, python: string, legacyFinalizers: boolean): VersionNote[] {
  return lesson.versionNotes.filter((n) => n.line === line && versionNoteApplies(n.when, python, legacyFinalizers));
}

/** a lesson's first line, `# lesson: {"order": 1, "slug": "aliasing", "title": "..."}` (the rest of the text is not read) */
export function parseLessonHeader(text: string): LessonHeader {
  const first = /^# lesson: (\{.*\})\s*$/.exec(text.slice(0, text.search(/\r?\n|$/)));
  if (!first) throw new Error('a lesson starts with a "# lesson: {...}" line');
  const meta = JSON.parse(first[1]) as LessonHeader;
  return { order: meta.order, slug: meta.slug, title: meta.title };
}

export function parseLesson(text: string): Lesson {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const meta = parseLessonHeader(text);
  let i = 1;
  const para: string[] = [];
  const notes: Record<number, string> = {};
  let pinned: string | undefined;
  const versionNotes: VersionNote[] = [];
  for (; i < lines.length && lines[i].startsWith('#'); i++) {
    const body = lines[i].replace(/^# ?/, '');
    const note = /^@(\d+): (.*)$/.exec(body);
    const predict = /^predict:\s*(.*)$/.exec(body);
    const vnote = /^(?:@(\d+) )?\[([^\]]+)\]: (.*)$/.exec(body);
    if (note) notes[Number(note[1])] = note[2];
    else if (predict) pinned = predict[1];
    else if (vnote) {
      if (!WHEN.test(vnote[2])) throw new Error(`a version note's condition is a version (3.12), a version and later (3.12+) or lf, not "${vnote[2]}"`);
      versionNotes.push({ line: vnote[1] === undefined ? null : Number(vnote[1]), when: vnote[2], text: vnote[3] });
    }
    else if (body.trim() !== '') para.push(body.trim());
  }
  const code = lines.slice(i).join('\n').replace(/\n+$/, '') + '\n';
  const lesson: Lesson = { order: meta.order, slug: meta.slug, title: meta.title, explanation: para.join(' '), notes, versionNotes, code };
  if (pinned !== undefined) lesson.predict = pinned;
  return lesson;
}
