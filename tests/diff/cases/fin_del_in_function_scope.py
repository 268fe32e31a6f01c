class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    a = R("a")
    b = R("b")
    c = R("c")
    print("leaving work")

work()
print("after work")
def early():
    x = R("x")
    if True:
        return 1
    y = R("y")
print("early returned", early())
def temp():
    R("temporary")
    print("after temporary")
temp()
