# Records what importing each module RefScope simulates costs the collector under the CPython
# running this script (3.12 / 3.13; 3.11 preloads them all at start-up): whether it is loaded at
# start-up, which modules its import really executes, and per executed module file (its own new
# dependencies imported first): generation 0's net count change and the cyclic garbage it leaves
# (what the next gc.collect() counts, and the types of what DEBUG_SAVEALL puts in gc.garbage).
# Run by scripts/record-import-costs.sh, which writes src/runtime/modules/importCosts.generated.ts.
# Every measurement runs in a fresh interpreter with the environment scripts/gen-lessons.sh uses.
import ast, json, os, subprocess, sys, tempfile

SIMULATED = ['bisect', 'collections', 'contextlib', 'copy', 'dataclasses', 'enum', 'functools', 'gc',
             'heapq', 'itertools', 'math', 'operator', 'random', 'string', 'sys', 'time', 'typing', 'weakref']
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

def cost(pre, name):
    delta, collected, types = run(COST.format(pre=''.join(f'import {d}\n' for d in pre), name=name))
    return {'after': pre, 'files': [m for m in new_modules(pre + [name]) if m not in new_modules(pre)] if pre else new_modules([name]),
            'count': delta, 'garbage': collected, 'garbageTypes': types}


absent = [m for m in SIMULATED if m not in startup]
entries = {}
for m in absent:
    entries[m] = [cost([], m)]
    seen = {tuple(entries[m][0]['files'])}
    # after another simulated module: only when that one already ran part of this one's files
    for p in absent:
        if p == m:
            continue
        e = cost([p], m)
        if tuple(e['files']) not in seen:
            seen.add(tuple(e['files']))
            entries[m].append(e)
print(json.dumps({'version': '%d.%d.%d' % sys.version_info[:3], 'startup': [m for m in SIMULATED if m in startup],
                  'imports': entries}, indent=1))
