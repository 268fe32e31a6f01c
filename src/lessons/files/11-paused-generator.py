# lesson: {"order": 11, "slug": "paused-generator", "title": "A paused generator keeps its frame alive"}
# Calling a generator function runs nothing: it makes a generator object, and the function's
# frame goes inside it. Each `next()` runs the frame up to a `yield` and pauses it there, with
# every local variable still bound. While it is paused the frame is not on the call stack (it is
# not a root): the generator holds it, so whatever its locals refer to stays alive as long as the
# generator does, even an object no name in your program reaches. Finishing the generator,
# closing it or dropping it clears the frame and lets go.
# @14: `chunks(...)` ran nothing: the generator holds a frame with `n` and `size` bound, drawn greyed beside it (paused: not on the call stack, not a root).
# @15: `next()` ran the frame to its first `yield` and paused it: `data` is alive, held by the generator.
# @17: `close()` threw GeneratorExit in at the `yield`: the frame lit up and ran again for its `finally`, then was cleared and disappeared, and `data` went with it.
# @21: Dropping a paused generator closes it at once: its `finally` runs, then its `Data` is freed.
class Data:
    def __init__(self, n):
        self.rows = list(range(n))
    def __del__(self):
        print("Data of", len(self.rows), "rows freed")
def chunks(n, size):
    data = Data(n)
    try:
        for i in range(0, n, size):
            yield data.rows[i:i + size]
    finally:
        print("finally: the frame is being cleared")
reader = chunks(10000, 2500)
first = next(reader)
print("first chunk:", len(first), "- paused at line", reader.gi_frame.f_lineno)
reader.close()
print("after close, the frame is", reader.gi_frame)
other = chunks(100, 10)
print(len(next(other)))
del other
print("done")
