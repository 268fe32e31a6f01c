import sys

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

class Thing:
    pass

t = Thing()
append_to(t)
print("refcount after default list holds it:", sys.getrefcount(t))
b = append_to(Thing())
print("bucket grows:", len(b))
print("same bucket:", append_to(1) is b)
b.clear()
print("after clearing default:", sys.getrefcount(t), len(append_to(2)))
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print("fresh each time:", safe(t) is safe(t))
print("refcount with safe default:", sys.getrefcount(t))
