# Mixing features: int subclasses inside a tuple subclass, compared, hashed and sorted
import gc

class Grade(int):
    names = {1: "low", 2: "mid", 3: "high"}
    def __str__(self):
        return self.names.get(int(self), "?")

class Entry(tuple):
    def __new__(cls, name, grade):
        return super().__new__(cls, (name, Grade(grade)))
    name = property(lambda self: self[0])
    grade = property(lambda self: self[1])

rows = [Entry("b", 2), Entry("a", 3), Entry("c", 1)]
print(sorted(rows), [str(r.grade) for r in sorted(rows, key=lambda r: r.grade)])
print(max(r.grade for r in rows), sum(r.grade for r in rows), type(sum(r.grade for r in rows)).__name__)
print({r.grade: r.name for r in rows}, Entry("x", 2) == ("x", 2), print)
print("%s/%d" % (rows[0].grade, rows[0].grade), f"{rows[1].grade}", repr(rows[2].grade))
by_grade = {}
for r in rows:
    by_grade.setdefault(r.grade, []).append(r)
print(sorted(by_grade), by_grade[3][0].name, gc.is_tracked(rows[0]))
rows.append(rows)
del rows, r, by_grade
print("collected:", gc.collect())
