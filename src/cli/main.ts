// refscope: the command line (bin/refscope.mjs runs the bundle of this file; see --help).
// A run starts on this thread. If the JS stack runs out before CPython's recursion limit would
// (deep recursion, deeply nested data), the same run is made again in a worker thread given
// the stack that the limit of 1000 needs: programs are deterministic and output is written only
// at the end, so nobody sees the first try, and no node flag is ever asked of the user.

import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseArgs, type CliCommand } from './args';
import { runCommand, type CommandOutput } from './commands';
import { loadAllCode, withCode } from '../runtime/onDemand';

/** enough JS stack for 1000 nested Python calls of the deepest kind the engine runs */
export const ENGINE_STACK_MB = 256;

declare const REFSCOPE_VERSION: string;

function finish(out: CommandOutput): void {
  process.stdout.write(out.stdout, () => {
    process.stderr.write(out.stderr, () => process.exit(out.code));
  });
}

function runWithLargeStack(cmd: CliCommand, source: string): void {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { cmd, source },
    resourceLimits: { stackSizeMb: ENGINE_STACK_MB },
  });
  let done = false;
  worker.once('message', (out: CommandOutput) => {
    done = true;
    finish(out);
  });
  worker.once('error', (e) => {
    if (!done) finish({ stdout: '', stderr: `refscope: internal error: ${e.message}\n`, code: 1 });
  });
}

/**
 * the command, with all the code fetched on first use loaded first: in Node it is all in this
 * bundle, so loading it costs only its modules' start, while a run stopped for a part would have
 * to start again
 */
async function runLoaded(cmd: CliCommand, source: string): Promise<CommandOutput> {
  await loadAllCode();
  return withCode(source, () => runCommand(cmd, source));
}

async function main(): Promise<void> {
  const action = parseArgs(process.argv.slice(2), typeof REFSCOPE_VERSION === 'string' ? REFSCOPE_VERSION : 'dev');
  if (action.kind === 'print') {
    finish({ stdout: action.code === 0 ? action.text : '', stderr: action.code === 0 ? '' : action.text, code: action.code });
    return;
  }
  let source: string;
  try {
    source = action.file === '-' ? readFileSync(0, 'utf8') : readFileSync(action.file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file or directory' : (e as Error).message;
    finish({ stdout: '', stderr: `refscope: can't open file '${action.file}': ${why}\n`, code: 2 });
    return;
  }
  const out = await runLoaded(action, source);
  if (out.jsStackOverflowed) runWithLargeStack(action, source);
  else finish(out);
}

if (isMainThread) void main();
else {
  const { cmd, source } = workerData as { cmd: CliCommand; source: string };
  void runLoaded(cmd, source).then((out) => parentPort!.postMessage(out));
}
