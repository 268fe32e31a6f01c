class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def scope():
    first = R("first")
    second = R("second")
    third = R("third")
    second = R("second-rebound")
    print("returning")
    return third

kept = scope()
print("kept:", kept.name)
kept = None
print("---")
def args_scope(x, y):
    z = R("z")
    print("in args_scope")
args_scope(R("x"), R("y"))
print("end")
