class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class MyErr(Exception):
    pass

def fail():
    r = R("local-in-fail")
    raise MyErr("bad")

try:
    fail()
except MyErr as e:
    print("caught", e)
print("after handler")
try:
    raise MyErr(R("payload"))
except MyErr as e:
    print("handling")
print("after second handler")
