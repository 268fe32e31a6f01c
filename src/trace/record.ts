// Running a program with the recorder attached.

import { run, type RunOptions, type RunResult } from '../runtime/eval/interpreter';
import type { VersionProfile } from '../runtime/versions';
import { gcLists } from '../runtime/modules/gc';
import { Recorder, type RecorderOptions } from './recorder';
import { Trace } from './trace';

export interface RecordOptions extends RecorderOptions {
  filename?: string;
  maxSteps?: number;
  maxObjects?: number;
  /** the CPython version simulated (default 3.11) */
  version?: VersionProfile;
  /** the collector before PEP 442 (see RunOptions) */
  legacyFinalizers?: boolean;
}

export function recordRun(source: string, opts: RecordOptions = {}): { trace: Trace; result: RunResult } {
  const rec = new Recorder(opts);
  const observer = rec;
  const runOpts: RunOptions = {
    filename: opts.filename,
    maxSteps: opts.maxSteps,
    maxObjects: opts.maxObjects,
    observer,
    onWrite: (stream, text) => rec.output(stream, text),
    version: opts.version,
    legacyFinalizers: opts.legacyFinalizers,
  };
  const result = run(source, runOpts);
  rec.finish();
  const trace = new Trace(rec, {
    globalsId: rec.globalsId,
    garbageId: gcLists.garbage !== null ? gcLists.garbage.id : null,
    exitCode: result.exitCode,
    stepLimited: result.stepLimited,
    jsStackOverflowed: result.jsStackOverflowed,
    error: result.error,
  });
  return { trace, result };
}
