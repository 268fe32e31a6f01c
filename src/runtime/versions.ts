// What differs between CPython versions, in one place: a profile per version, each rule named
// after the CPython change that introduced it (the way What's New lists them). The engine reads
// `profile` (never a version number); the next versions are added here as profiles, not as `if`s
// scattered through the code. docs/VERSIONS.md lists each rule with its source.

export type PyVersion = '3.11';

export interface VersionProfile {
  version: PyVersion;
  /** sys.version_info */
  versionInfo: [number, number, number];
  /** gc.get_threshold() at start-up: (700, 10, 10) until 3.13 raised threshold 0 to 2000 */
  gcThresholds: [number, number, number];
  /**
   * PEP 683 (3.12): None, True/False, small ints, () and interned strings are immortal; their
   * count is a fixed constant and increfs do not change it. Before 3.12 they are counted.
   */
  pep683ImmortalObjects: boolean;
  /**
   * 3.13's inline values: instance attributes stay inline even after
   * `__dict__` or vars() is read; in 3.11 and 3.12 reading them makes a dict of their own.
   */
  inlineValuesAfterDict: boolean;
  /**
   * 3.14's LOAD_FAST_BORROW: a local loaded onto the stack is borrowed, not a new
   * reference, so sys.getrefcount(local) inside a function reads one less.
   */
  borrowedLocalLoads: boolean;
  /**
   * The collector's state when `python3 file.py` reaches the program's first line: start-up
   * (site, encodings, io) has allocated and collected before it. CPython 3.11.7 here:
   * gc.get_count() == (249, 0, 2), and gc.get_stats() per generation (collections, collected).
   */
  startupGcCount: [number, number, number];
  startupGcStats: [number, number][];
}

/** CPython 3.11.7: the reference RefScope was built against */
export const PY311: VersionProfile = {
  version: '3.11',
  versionInfo: [3, 11, 7],
  gcThresholds: [700, 10, 10],
  pep683ImmortalObjects: false,
  inlineValuesAfterDict: false,
  borrowedLocalLoads: false,
  startupGcCount: [249, 0, 2],
  startupGcStats: [[22, 43], [2, 92], [0, 0]],
};

export const PROFILES: Record<PyVersion, VersionProfile> = { '3.11': PY311 };

/** the profile of the program running now (set by run() before anything else) */
export let profile: VersionProfile = PY311;

export function setProfile(p: VersionProfile): void {
  profile = p;
}
