# cached_property stores its value in the instance __dict__ (making the dict an object)
import functools
import gc
import sys
gc.collect()

class Report:
    def __init__(self, rows):
        self.rows = rows
    @functools.cached_property
    def summary(self):
        print("  summarising")
        return {"n": len(self.rows)}

r = Report([1, 2, 3])
s = r.summary
print(s, r.summary is s, sys.getrefcount(s))
print(sorted(vars(r)), Report.summary.attrname, type(Report.summary).__name__)
del r.summary
print(r.summary == s, r.summary is s)
r.self = r
del r, s
print("collected:", gc.collect())
