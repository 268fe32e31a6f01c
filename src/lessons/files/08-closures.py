# lesson: {"order": 8, "slug": "closures", "title": "Closures that keep big objects alive"}
# An inner function that uses a variable of its enclosing function captures it in a *cell*. The
# function holds the cell, the cell holds the object: as long as the function lives, so does the
# object — even if the function only needed one number from it.
# @16: The handler's cell keeps the whole BigData alive.
# @28: Capturing only the size lets the data go.
import weakref

class BigData:
    def __init__(self, n):
        self.values = list(range(n))

def make_handler(data):
    def handler():
        return len(data.values)
    return handler

big = BigData(1000)
probe = weakref.ref(big)
h = make_handler(big)
del big
print("alive through the closure:", probe() is not None, "len:", h())

def make_light_handler(data):
    size = len(data.values)
    def handler():
        return size
    return handler

big = BigData(1000)
probe = weakref.ref(big)
h = make_light_handler(big)
del big
print("alive after capturing only the size:", probe() is not None, "len:", h())
