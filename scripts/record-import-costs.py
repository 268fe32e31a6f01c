# Records what importing each module RefScope simulates costs the collector under the CPython
# running this script (3.12 / 3.13; 3.11 preloads them all at start-up): whether it is loaded at
# start-up, which modules its import really executes, and each import's course line by line:
# generation 0's count, the free lists' traffic, where each module file starts and returns, and
# the cyclic garbage appearing (its types, as DEBUG_SAVEALL puts it in gc.garbage, and when the
# untrackable tuples among it were made: a collection while they lived untracks them).
# Run by scripts/record-import-costs.sh, which writes src/runtime/modules/importCosts.generated.ts.
# Every measurement runs in a fresh interpreter with the environment scripts/gen-lessons.sh uses.
import ast, json, os, re, subprocess, sys, tempfile

# (gc and sys are builtin modules whose import the start-up figures of versions.ts already hold)
SIMULATED = ['bisect', 'collections', 'contextlib', 'copy', 'dataclasses', 'enum', 'functools',
             'heapq', 'itertools', 'math', 'operator', 'random', 'string', 'time', 'typing', 'weakref']
TMP = tempfile.mkdtemp()
ENV = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': os.environ.get('HOME', '/root'),
       'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}


def run(src):
    path = os.path.join(TMP, 'probe.py')
    with open(path, 'w') as f:
        f.write(src)
    out = subprocess.run([sys.executable, 'probe.py'], cwd=TMP, env=ENV, capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


startup = run('import sys\nprint(sorted(sys.modules))\n')


def new_modules(names):
    """the modules `import names[0]; import names[1]...` executes, in the order they finish"""
    return run('import sys\nbefore = set(sys.modules)\n' + ''.join(f'import {n}\n' for n in names) +
               'print([m for m in sys.modules if m not in before])\n')


absent = [m for m in SIMULATED if m not in startup]
imports = {m: new_modules([m]) for m in absent}
# each simulated import in one piece again, gc disabled, with generation 0's count read at every
# LINE event (sys.monitoring: its callback allocates nothing the collector counts, so the import
# allocates what it does without it): the count's course inside the files, where CPython's
# eval-breaker checks run a scheduled collection; the audit event 'import' marks each file's start.
# {stats}: the free lists' sizes printed (to stderr) at each reading too; {fill}: the run starts
# with the list, dict and tuple free lists filled to that fraction of their size (gc.collect()
# empties them); {clear}: a full collection after each reading empties them again
TRAJECTORY = """import gc, sys
M = sys.monitoring
pts = []
marks = []
def on_line(code, line):
    pts.append(gc.get_count()[0])
    {stats}
    {clear}
def hook(event, args):
    if event == 'import':
        marks.append((args[0], len(pts)))
M.use_tool_id(3, 'record-import-costs')
M.register_callback(3, M.events.LINE, on_line)
sys.addaudithook(hook)
gc.collect()
if {fill}:
    keep = [[tuple([i] * n) for i in range(int(2000 * {fill}))] for n in range(1, 21)] + [[[] for i in range(int(80 * {fill}))], [{} for i in range(int(80 * {fill}))]]
    del keep
gc.disable()
base = gc.get_count()[0]
{stats}
{clear}
M.set_events(3, M.events.LINE)
import {name}
M.set_events(3, 0)
end = gc.get_count()[0]
{stats}
print([base, pts, end, marks])
"""
# the free lists RefScope simulates (3.12, 3.13: Objects/tupleobject.c, listobject.c, dictobject.c)
FREE_MAX = {'list': 80, 'dict': 80, **{'tuple%d' % n: 2000 for n in range(1, 21)}}
FREE_LINE = re.compile(r'^\s*(\d+) free (?:(\d+)-sized PyTupleObjects|(PyListObjects)|(PyDictObjects)) ')


def free_lists(stderr):
    """the free lists' sizes printed by each sys._debugmallocstats() call"""
    out = []
    for line in stderr.splitlines():
        if line.startswith('Small block threshold'):
            out.append({})
        m = FREE_LINE.match(line)
        if m:
            out[-1]['tuple' + m.group(2) if m.group(2) else 'list' if m.group(3) else 'dict'] = int(m.group(1))
    return out


def readings(name, fill, clear=False):
    path = os.path.join(TMP, 'probe.py')
    with open(path, 'w') as f:
        src = TRAJECTORY.replace('{name}', name).replace('{fill}', str(fill)).replace('{stats}', 'sys._debugmallocstats()')
        if clear:  # no count read (gc.get_count's tuple would be freed after the lists were emptied)
            src = src.replace('pts.append(gc.get_count()[0])', 'pts.append(0)').replace('{clear}', 'gc.collect()')
        f.write(src.replace('{clear}', 'pass'))
    out = subprocess.run([sys.executable, 'probe.py'], cwd=TMP, env=ENV, capture_output=True, text=True, check=True)
    base, pts, end, marks = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    sizes = free_lists(out.stderr)
    assert len(sizes) == len(pts) + 2, name
    # reading k's sizes: index k + 1 (0 is before the import); the end is the last
    return [c - base for c in pts] + [end - base], sizes, marks


def changes(name):
    """per reading (and the end): the change of generation 0's count not due to the free lists'
    kinds, and per kind the allocations and frees of lists, dicts and tuples of each size, and
    their order. Four runs: the free lists half full at the start (an interval's net demand,
    allocations - frees, is the change of a free list that stayed off its bounds: an empty one
    hides allocations, a full one frees), full (the demand when the half-full one ran dry),
    emptied after every reading (the frees: pushed), and empty at the start (what CPython did from
    there: an interval whose count a line's allocations all before its frees would not give had
    its frees first)"""
    (cM, sM, marks), (_, sF, marksF), (_, sZ, marksZ), (cE, sE, marksE) = readings(name, 0.5), readings(name, 1), readings(name, 0, True), readings(name, 0)
    assert marks == marksF == marksZ == marksE and len(sF) == len(sZ) == len(sM) == len(sE), name
    out = []
    for k in range(len(cM)):
        ops = {}
        other = cM[k] - (cM[k - 1] if k else 0)
        for kind, top in FREE_MAX.items():
            m0, m1 = sM[k].get(kind, 0), sM[k + 1].get(kind, 0)
            f0, f1 = sF[k].get(kind, 0), sF[k + 1].get(kind, 0)
            frees = sZ[k + 1].get(kind, 0)
            if 0 < m0 < top and 0 < m1 < top:
                x = m0 - m1
            elif f1 < top:
                x = f0 - f1  # allocations all popped; frees all pushed unless it filled up
            else:
                x = -frees
            # the half-full run's count moved by (allocations it could not pop) - (frees it could
            # not push) = demand + its free list's change
            other -= x + (m1 - m0)
            made = max(0, x + frees)
            if made or made - x:
                ops[kind] = [made, made - x, False]

        def counted(free_first):
            """the empty-start run's count change were the line's frees first (else its allocations)"""
            n = other
            for kind, (made, freed, _) in ops.items():
                e0 = sE[k].get(kind, 0)
                n += made - min(made, e0 + (freed if free_first else 0))
            return n
        seen = cE[k] - (cE[k - 1] if k else 0)
        if counted(False) != seen and abs(counted(True) - seen) < abs(counted(False) - seen):
            for op in ops.values():
                op[2] = True
        out.append((other, ops))
    return out, marks


# the end of the probes that look at one LINE event: `import {name}` with the collector disabled,
# look() called at event number {at} (None: after the import), {each} at every event before
AT_LINE = '''def on_line(code, line):
    {each}
    if n[0] == {at}:
        look()
    n[0] += 1
M.use_tool_id(3, 'record-import-costs')
M.register_callback(3, M.events.LINE, on_line)
gc.collect()
gc.disable()
M.set_events(3, M.events.LINE)
import {name}
M.set_events(3, 0)
if found[0] is None:
    {each}
    look()
print(found[0])
'''

# the garbage existing at the LINE event number {at} (None: after the import): the first
# collection of the run there (an earlier one would untrack tuples and dicts; the collector was
# disabled, so generation 0 holds everything made since), kept (DEBUG_SAVEALL) to list it, then
# freed by a second one between two prints of the free lists: what freeing it gives them (the
# untracked tuples and dicts only it held go too)
GARBAGE_AT = '''import gc, sys
M = sys.monitoring
n = [0]
found = [None]
def look():
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect(0)
    gc.set_debug(0)
    found[0] = [type(o).__name__ + ('/%d' % len(o) if type(o) is tuple else '') for o in gc.garbage]
    gc.garbage.clear()
    sys._debugmallocstats()
    gc.collect(1)
    sys._debugmallocstats()
''' + AT_LINE.replace('{each}', 'pass')


def garbage_steps(name, npts):
    """[(point, types, freed)]: the LINE events before which garbage appears (bisection: the
    garbage found at a point only grows), the types of what appeared, and what freeing it gives
    the free lists beyond its own tuples and dicts"""
    def at(i):
        path = os.path.join(TMP, 'probe.py')
        with open(path, 'w') as f:
            f.write(GARBAGE_AT.replace('{name}', name).replace('{at}', str(i) if i < npts else 'None'))
        out = subprocess.run([sys.executable, 'probe.py'], cwd=TMP, env=ENV, capture_output=True, text=True, check=True)
        before, after = free_lists(out.stderr)
        types = ast.literal_eval(out.stdout.strip().splitlines()[-1])
        return types, {k: after.get(k, 0) - before.get(k, 0) for k in FREE_MAX}
    steps = []

    def split(lo, glo, hi, ghi):
        if len(glo[0]) == len(ghi[0]):
            return
        if hi - lo == 1:
            rest = list(ghi[0])
            for t in glo[0]:
                rest.remove(t)
            freed = {k: ghi[1][k] - glo[1][k] for k in FREE_MAX}
            for t in rest:  # the garbage's own tuples, lists and dicts
                kind = 'tuple' + t.split('/')[1] if t.startswith('tuple/') else t if t in ('list', 'dict') else None
                if kind in freed and int(t.split('/')[1] if '/' in t else 0) <= 20:
                    freed[kind] -= 1
            steps.append((hi, sorted(rest), {k: v for k, v in freed.items() if v}))
            return
        mid = (lo + hi) // 2
        gmid = at(mid)
        split(lo, glo, mid, gmid)
        split(mid, gmid, hi, ghi)
    split(0, at(0), npts, at(npts))
    return steps


# the tuples of the garbage existing at LINE event {at}, with the event each was first seen at
# and whether a collection while it lived would have untracked it (_PyTuple_MaybeUntrack: no item
# a GC object other than an untracked tuple; asked at the end, when they are whole: a tuple a C
# function fills may be seen half made): at every event the objects generation 0 gained since a
# sentinel list put at its end are looked at (the collector is disabled: nothing leaves it but by
# being freed; an id a freed tuple had is looked at again when a new one takes it)
BIRTHS_AT = """import gc, sys
M = sys.monitoring
n = [0]
born = {}
sentinel = [None]
found = [None]
HAVE_GC = 1 << 14
def maybe_untrack(t):
    for x in t:
        if type(x).__flags__ & HAVE_GC and (type(x) is not tuple or gc.is_tracked(x) and not maybe_untrack(x)):
            return False
    return True
def scan():
    objs = gc.get_objects(0)
    i = len(objs)
    if sentinel[0] is not None:
        while i > 0 and objs[i - 1] is not sentinel[0]:
            i -= 1
    else:
        i = 0
    for o in objs[i:]:
        if type(o) is tuple:
            born[id(o)] = n[0]
    del objs
    sentinel[0] = []
def look():
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect(0)
    gc.set_debug(0)
    found[0] = sorted([len(o), born.get(id(o), -1), maybe_untrack(o)] for o in gc.garbage if type(o) is tuple)
""" + AT_LINE.replace('{each}', 'scan()')


def untrackable_births(name, k, npts):
    """[size, event first seen] of the untrackable tuples of the garbage appearing before event k"""
    def at(i):
        return run(BIRTHS_AT.replace('{name}', name).replace('{at}', str(i) if i < npts else 'None'))
    now = at(k)
    for t in at(k - 1):
        now.remove(t)
    return [[size, seen] for size, seen, untrackable in now if untrackable]


# the same import again, with the depth of the Python stack at each LINE event (materialising
# the frames allocates: this run gives only where each file's import returns to its importer)
DEPTHS = TRAJECTORY.replace('''    pts.append(gc.get_count()[0])''', '''    f = sys._getframe(1)
    d = 0
    while f is not None:
        d += 1
        f = f.f_back
    pts.append(d)''')


def trajectory(name):
    """the chain's course: [readings: 'other[;kind=allocations[/frees, or :frees made first]...]' joined by ',' (the change of the
    count between readings not due to the free lists, and the allocations and frees on each free list; the
    last to the import's end), the segments' starts [file, k], each file's import [file, first,
    end) (its own body and the imports it starts: skipped when the file was executed before),
    garbage appearing before reading k: [k, [[owner file, type]...]]]"""
    moves, marks = changes(name)
    _, depth, _, dmarks = run(DEPTHS.replace('{name}', name).replace('{fill}', 'False').replace('{stats}', 'pass').replace('{clear}', 'pass'))
    assert len(depth) + 1 == len(moves) and dmarks == marks, name
    npts = len(depth)
    starts = []
    for n, i in marks:
        if n in imports[name] and n not in [f for f, _ in starts]:
            starts.append((n, i))
    spans = []
    for n, i in starts:
        outer = depth[i - 1] if i > 0 else 0
        j = next((j for j in range(i, npts) if depth[j] <= outer), npts)
        spans.append((n, i, j))
    steps = {k: (types, freed) for k, types, freed in garbage_steps(name, npts)}
    bounds = {i for _, i in starts} | {j for _, _, j in spans}
    # a reading where nothing changed is dropped (its check finds what the one before found)
    keep = [k for k in range(npts + 1) if moves[k][0] != 0 or moves[k][1] or k in steps or k in bounds]
    index = {k: n for n, k in enumerate(keep)}
    short = lambda kind: kind[5:] if kind.startswith('tuple') else kind[0]
    text = ','.join(';'.join([str(o)] + ['%s=%d%s' % (short(kind), a, (':' if first else '/') + str(f) if f else '') for kind, (a, f, first) in d.items()]) for o, d in (moves[k] for k in keep))
    garbage = []
    for k in sorted(steps):
        # made by the innermost file whose import was running (its body, before the reading after)
        owner = min((j - i, n) for n, i, j in spans if i <= k < j or (k == npts and j == npts))[1]
        types, freed = steps[k]
        if any(t.startswith('tuple/') for t in types):
            # an untrackable tuple: 'tuple/size@r', r the first reading a collection untracks it at
            types = list(types)
            for size, seen in untrackable_births(name, k, npts):
                if 'tuple/%d' % size not in types:
                    print('%s: the untrackable %d-tuple seen at %d is not in the garbage before %d' % (name, size, seen, k), file=sys.stderr)
                    continue
                types[types.index('tuple/%d' % size)] += '@%d' % next(n for n, r in enumerate(keep) if r >= seen)
        garbage.append([index[k], [[owner, t] for t in types], freed])
    return [text, [[n, index[i]] for n, i in starts], [[n, index[i], index[j] if j in index else len(keep)] for n, i, j in spans], garbage]


traj = {m: trajectory(m) for m in absent}
print(json.dumps({'traj': traj, 'version': '%d.%d.%d' % sys.version_info[:3], 'startup': [m for m in SIMULATED if m in startup],
                  'imports': imports}, indent=1))
