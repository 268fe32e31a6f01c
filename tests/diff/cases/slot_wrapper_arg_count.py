# Slot wrappers (wrapper_descriptor) and their bound method-wrappers check their arguments before
# the slot runs: keywords are refused ("wrapper NAME() takes no keyword arguments"), a unary,
# hash, len or bool wrapper takes none and a binary or comparison wrapper one (check_num_args).
# The arguments of a refused call are released.
import sys

class O:
    pass

o = O()
arg = object()
tests = [
    ("'x'.__str__(arg)", lambda: 'x'.__str__(arg)),
    ("(1).__repr__(arg)", lambda: (1).__repr__(arg)),
    ("[].__len__(arg, arg)", lambda: [].__len__(arg, arg)),
    ("o.__str__(arg)", lambda: o.__str__(arg)),
    ("o.__repr__(arg)", lambda: o.__repr__(arg)),
    ("o.__hash__(arg)", lambda: o.__hash__(arg)),
    ("'x'.__hash__(arg)", lambda: 'x'.__hash__(arg)),
    ("str.__str__('x', arg)", lambda: str.__str__('x', arg)),
    ("object.__repr__(o, arg)", lambda: object.__repr__(o, arg)),
    ("'x'.__str__(k=arg)", lambda: 'x'.__str__(k=arg)),
    ("str.__str__('x', k=arg)", lambda: str.__str__('x', k=arg)),
    ("o.__eq__()", lambda: o.__eq__()),
    ("o.__ne__(arg, arg)", lambda: o.__ne__(arg, arg)),
    ("o.__eq__(other=arg)", lambda: o.__eq__(other=arg)),
    ("'x'.__getattribute__()", lambda: 'x'.__getattribute__()),
    ("o.__delattr__()", lambda: o.__delattr__()),
    ("{}.__delitem__()", lambda: {}.__delitem__()),
    ("'x'.__str__()", lambda: 'x'.__str__()),
    ("str.__str__('y')", lambda: str.__str__('y')),
    ("o.__eq__(o)", lambda: o.__eq__(o)),
    ("o.__ne__(arg)", lambda: o.__ne__(arg)),
]
before = sys.getrefcount(arg)
for label, t in tests:
    try:
        print(label, '->', t())
    except TypeError as e:
        print(label, '-> TypeError:', e)
print('arg references kept:', sys.getrefcount(arg) - before)
