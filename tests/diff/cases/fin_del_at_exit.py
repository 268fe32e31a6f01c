class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("at exit del", self.name)

def f():
    local = R("local")
    print("in f")

f()
g1 = R("global1")
g2 = R("global2")
container = [R("in list")]
print("end of main code")
