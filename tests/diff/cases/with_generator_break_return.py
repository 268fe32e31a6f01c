import gc
class Log:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)

def produce():
    for i in range(5):
        with Log(i) as v:
            if i == 3:
                return "stopped"
            got = yield v
            if got == "skip":
                continue
            print("got", got)

p = produce()
print(next(p))
print(p.send("x"))
print(p.send("skip"))
print(p.send("y"))
try:
    p.send("z")
except StopIteration as e:
    print("return value:", e.value)

q = produce()
next(q)
try:
    q.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown through with:", e)
print(q.gi_frame)
print(gc.collect())
