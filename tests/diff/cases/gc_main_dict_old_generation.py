# __main__'s dict was made at start-up and has been through start-up's collections: it is in
# the oldest generation, so gc.get_referrers (which walks generation 0 first) lists it last.
import gc


class Point:
    pass


keep = [Point]
print([type(r).__name__ for r in gc.get_referrers(Point)])
print(globals() in gc.get_objects(0), globals() in gc.get_objects(2))
gc.collect(0)
print([type(r).__name__ for r in gc.get_referrers(keep)])
