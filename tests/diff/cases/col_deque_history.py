# deque as a bounded history: old entries fall out and are freed at once
import gc
import sys
from collections import deque

class Entry:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return "Entry(%r)" % self.text
    def __del__(self):
        print("  forget", self.text)

history = deque(maxlen=3)
for cmd in ["ls", "cd src", "vim a.py", "make", "git diff"]:
    history.append(Entry(cmd))
    print("ran", cmd, "->", len(history), "kept")
print(history)
last = history[-1]
print("refcount of newest:", sys.getrefcount(last))
history.rotate(1)
print("after rotate:", list(history), sys.getrefcount(last))
print("popleft:", history.popleft())
print("tracked:", gc.is_tracked(history), "maxlen:", history.maxlen, bool(deque()))
del last
history.clear()
print("cleared", len(history))
