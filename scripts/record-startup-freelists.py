# Record how many objects CPython's free lists hold when a minimal program's first line runs
# (versions.ts's startupFreeLists): tuples of each length 1..20 (PyTuple_MAXSAVESIZE), lists,
# dicts. An object taken from a free list is not counted in generation 0, so these decide how far
# gc.get_count() moves before a program's first full collection (which empties them).
#
# Usage: python3.X scripts/record-startup-freelists.py   (prints the profile's line)
#
# Each kind is measured in a fresh process: with the collector disabled, the program keeps N new
# objects of that kind alive (each from its free list while it has one, else a counted
# allocation) and reads generation 0's count before and after. The probe itself takes nothing
# from the measured free list before the first read (but a 3-tuple free list
# found empty reads as 1: the first count tuple is returned to it) (its container is made by list(), which
# uses tp_alloc; the count tuples are taken and returned before it). Like the start-up count, the
# figures move a little with the size and shape of the program being compiled.
import json
import os
import subprocess
import sys
import tempfile

N = 3000
MAKE = {'list': '[i]', 'dict': '{0: i}'}


def probe(kind):
    if kind.startswith('tuple'):
        setup = f'src = list(range({int(kind[5:])}))'
        make = 'tuple(src)'
    else:
        setup = 'src = None'
        make = MAKE[kind]
    prog = f"""import gc
gc.disable()
c = gc.get_count
{setup}
k = list(range({N}))
c()
a = c()[0]
for i in range({N}):
    k[i] = {make}
b = c()[0]
print({N} - (b - a))
"""
    # run from a file, as the tests run programs
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(prog)
    out = subprocess.run([sys.executable, f.name], env={'PATH': '/usr/bin:/bin', 'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8'},
                         capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL)
    os.unlink(f.name)
    return int(out.stdout.strip())


kinds = [f'tuple{n}' for n in range(1, 21)] + ['list', 'dict']
res = {k: probe(k) for k in kinds}
tuples = [res[f'tuple{n}'] for n in range(1, 21)]
print(f'# {sys.version.split()[0]}')
print(f"startupFreeLists: {{ tuple: {json.dumps(tuples)}, list: {res['list']}, dict: {res['dict']} }},")
