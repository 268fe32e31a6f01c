# partial holds its function, args tuple and keywords dict; a partial of a partial flattens
import gc
import sys
from functools import partial
gc.collect()

def send(channel, prio, msg, tag=None):
    channel.append((prio, msg, tag))
    return len(channel)

chan = []
print("start:", sys.getrefcount(chan))
urgent = partial(send, chan, 1)
print("urgent holds chan:", sys.getrefcount(chan), urgent.args[1], urgent.keywords)
tagged = partial(urgent, tag="T")
print("flattened:", tagged.func is send, tagged.args is urgent.args, sys.getrefcount(chan))
print(urgent("hi"), tagged("yo"), tagged("again", tag="X"))
print(chan)
tagged.note = "attr"
print(tagged.note, tagged.__dict__)
del urgent, tagged
print("after del:", sys.getrefcount(chan))
loop = []
loop.append(partial(send, loop, 0))
del loop
print("collected:", gc.collect())
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
