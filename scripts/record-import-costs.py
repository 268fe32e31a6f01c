# Records what importing each module RefScope simulates costs the collector under the CPython
# running this script (3.12 / 3.13; 3.11 preloads them all at start-up): whether it is loaded at
# start-up, which modules its import really executes, and per executed module file (its own new
# dependencies imported first): generation 0's net count change and the cyclic garbage it leaves
# (what the next gc.collect() counts, and the types of what DEBUG_SAVEALL puts in gc.garbage).
# Run by scripts/record-import-costs.sh, which writes src/runtime/modules/importCosts.generated.ts.
# Every measurement runs in a fresh interpreter with the environment scripts/gen-lessons.sh uses.
import ast, json, os, subprocess, sys, tempfile

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


# the own cost of one module file: its new dependencies imported first, the collector emptied and
# disabled (no automatic collection inside), then the import; then what gc.collect() finds
COST = '''import gc
{pre}
gc.collect()
gc.disable()
c0 = gc.get_count()[0]
import {name}
c1 = gc.get_count()[0]
gc.set_debug(gc.DEBUG_SAVEALL)
n = gc.collect()
types = [type(o).__name__ for o in gc.garbage]
gc.set_debug(0)
print([c1 - c0, n, types])
'''

absent = [m for m in SIMULATED if m not in startup]
imports = {m: new_modules([m]) for m in absent}
# every file some simulated import executes, and the files importing it alone executes
deps = {}
for m in absent:
    for x in imports[m]:
        if x not in deps:
            deps[x] = [d for d in new_modules([x]) if d != x]
# when the garbage appears during the import: the same import with gc enabled, threshold 0 at
# STEP and the older generations never collected; each collection of generation 0 counts the
# garbage made since the one before (at the running total of the count); what only the final
# collection finds is put at the end
STEP = 20
TIMELINE = '''import gc
{pre}
gc.collect()
events = []
total = [0]
def cb(phase, info):
    if phase == 'start':
        total[0] += gc.get_count()[0]
    elif info['collected']:
        events.append((total[0], info['collected']))
gc.callbacks.append(cb)
gc.set_threshold(%d, 1000000, 1000000)
import {name}
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
print([events, total[0] + gc.get_count()[0]])
''' % STEP


def timeline(pre, x, count, garbage):
    """positions (0..count) at which the garbage objects appear, one per object"""
    events, total = run(TIMELINE.replace('{pre}', ''.join(f'import {d}\n' for d in pre)).replace('{name}', x))
    at = []
    for when, n in events:
        at += [min(count, round(when * count / max(total, 1)))] * n
    at = at[:garbage]
    return at + [count] * (garbage - len(at))


files = {}
for x, ds in deps.items():
    # preload what x needs, except what needs x back (an import cycle: measured with x)
    pre = [d for d in ds if x not in deps.get(d, new_modules([d]))]
    delta, collected, types = run(COST.format(pre=''.join(f'import {d}\n' for d in pre), name=x))
    done = set(new_modules(pre))
    files[x] = {'pre': pre, 'files': [f for f in new_modules(pre + [x]) if f not in done],
                'count': delta, 'garbage': collected, 'garbageTypes': types,
                'garbageAt': timeline(pre, x, delta, collected) if collected else []}
# each simulated import in one piece, gc disabled: generation 0's count when each module's import
# starts (the audit event 'import'), so a file's segment is the allocations from its start to the
# next file's start: the import machinery's work shared between files is counted once
CHAIN = '''import gc, sys
gc.collect()
gc.disable()
marks = []
base = gc.get_count()[0]
def hook(event, args):
    if event == 'import':
        marks.append((args[0], gc.get_count()[0] - base))
sys.addaudithook(hook)
import {name}
end = gc.get_count()[0] - base
before = set(sys.modules)
print([marks, end])
'''
chains = {}
for m in absent:
    marks, end = run(CHAIN.replace('{name}', m))
    order = imports[m]
    # the first 'import' event of each executed file; segments in that order
    starts = []
    for name, at in marks:
        if name in order and name not in [n for n, _ in starts]:
            starts.append((name, at))
    segs = [[n, (starts[i + 1][1] if i + 1 < len(starts) else end) - at, []] for i, (n, at) in enumerate(starts)]
    if starts and starts[0][1] > 0:
        segs[0][1] += starts[0][1]
    # a file's garbage appears when its body ends: after the imports it starts with, so at the end
    # of the last segment of the files it needs that follow it
    names = [n for n, _, _ in segs]
    for i, n in enumerate(names):
        j = i
        while j + 1 < len(names) and names[j + 1] in deps.get(n, []):
            j += 1
        segs[j][2] += [[n, t] for t in files[n]['garbageTypes']] if n in files else []
    chains[m] = segs
print(json.dumps({'chains': chains, 'version': '%d.%d.%d' % sys.version_info[:3], 'startup': [m for m in SIMULATED if m in startup],
                  'imports': imports, 'files': files}, indent=1))
