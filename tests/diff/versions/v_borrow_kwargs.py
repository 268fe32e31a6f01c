import sys

def show(label, obj=None):
    print(label, sys.getrefcount(obj))

def caller():
    mine = [1]
    show("keyword from a local:", obj=mine)
    show("positional from a local:", mine)
    show("keyword temporary:", obj=[2])

caller()
