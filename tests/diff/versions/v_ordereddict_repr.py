# repr(OrderedDict): a list of pairs until 3.11, a dict from 3.12 (gh-101446); a recursive one
# shows ... for itself either way.
from collections import OrderedDict

d = OrderedDict(a=1, b=[2])
print(d, repr(OrderedDict()))
d["self"] = d
print(d)
d.move_to_end("a")
print(list(d), d)
