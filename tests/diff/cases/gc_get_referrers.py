import gc

target = [1, 2]
holder1 = [target]
holder2 = {"t": target}
holder3 = [target, target]
refs = gc.get_referrers(target)
lists = [r for r in refs if isinstance(r, list)]
print("list referrers:", len(lists))
print("holder1 among them:", any(r is holder1 for r in refs))
print("holder2 among them:", any(r is holder2 for r in refs))
print("holder3 once:", sum(1 for r in refs if r is holder3))
del holder1
refs = gc.get_referrers(target)
print("holder1 gone:", len([r for r in refs if isinstance(r, list)]))
