// Code loaded on first use. The page's engine worker fetches the standard library's modules
// (modules/stdlib.ts) and the interpreter's rarer parts (parts.ts: `match`, exec/eval,
// 3.14's borrow analysis) as chunks of their own when a program first needs them, so a first
// visit downloads only the core. The interpreter is synchronous: a run that reaches code not
// loaded yet stops (CodeNotLoaded, which no `except` catches), the caller loads it and runs the
// program again from the start. Runs are deterministic, so the second run is the one the first
// would have been; nothing of the first is shown.

const loaders = new Map<string, () => Promise<unknown>>();
const loaded = new Set<string>();
/** what runs asked for since the last takeWanted() */
const wanted = new Set<string>();

export function registerLoader(key: string, load: () => Promise<unknown>): void {
  loaders.set(key, load);
}

export function hasLoader(key: string): boolean {
  return loaders.has(key);
}

export function loaderKeys(): string[] {
  return [...loaders.keys()];
}

/** Thrown where a run needs code that is not loaded yet; not a Python exception. */
export class CodeNotLoaded extends Error {
  constructor(readonly key: string) {
    super(`'${key}' was needed before its code was loaded`);
  }
}

/** stop the run: `key`'s code is needed (the caller of the run loads it and runs again) */
export function need(key: string): never {
  wanted.add(key);
  throw new CodeNotLoaded(key);
}

/**
 * Code registered under `key`, and the accessor a run calls to use it: the loaded module, or a
 * stop (`need`) until the caller has loaded it.
 */
export function onDemand<T>(key: string, load: () => Promise<T>): () => T {
  let mod: T | null = null;
  registerLoader(key, async () => {
    mod = await load();
  });
  return () => mod ?? need(key);
}

/** the keys asked for since the last call, forgotten by it */
export function takeWanted(): string[] {
  const keys = [...wanted];
  wanted.clear();
  return keys;
}

/** load the code behind these keys (keys without a loader are ignored) */
export async function loadCode(keys: Iterable<string>): Promise<void> {
  const todo: Promise<unknown>[] = [];
  for (const key of keys) {
    const load = loaders.get(key);
    if (load === undefined || loaded.has(key)) continue;
    todo.push(load().then(() => loaded.add(key)));
  }
  await Promise.all(todo);
}

/** load everything (the tests and the scripts run programs synchronously) */
export function loadAllCode(): Promise<void> {
  return loadCode(loaders.keys());
}

/** the top-level modules a source imports, by a quick look at its import statements */
export function importedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^[ \t]*(?:import|from)[ \t]+([A-Za-z_]\w*)/gm)) names.add(m[1]);
  return [...names];
}

/**
 * Run `attempt` until it needs no code that is not loaded: the modules the source imports are
 * loaded first; a run that needed anything else is discarded, that code loaded, and it runs again.
 */
export async function withCode<T>(source: string, attempt: () => T): Promise<T> {
  await loadCode(importedNames(source));
  const loadedOnce = new Set<string>();
  for (;;) {
    let result: T | undefined;
    let stopped = false;
    try {
      result = attempt();
    } catch (e) {
      if (!(e instanceof CodeNotLoaded)) throw e;
      stopped = true;
    }
    const keys = takeWanted();
    if (keys.length === 0) {
      if (stopped) throw new Error('a run stopped for code that nobody asked for');
      return result as T;
    }
    for (const k of keys) {
      if (loadedOnce.has(k)) throw new Error(`loading '${k}' did not make its code available`);
      loadedOnce.add(k);
    }
    await loadCode(keys);
  }
}
