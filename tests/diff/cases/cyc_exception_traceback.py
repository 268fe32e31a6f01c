import gc

gc.collect()
def fail():
    raise ValueError("boom")

def catch():
    try:
        fail()
    except ValueError as e:
        return e

err = catch()
print("caught:", err)
del err
print("exception with traceback:", gc.collect())
def keep_in_frame():
    try:
        fail()
    except ValueError as e:
        saved = e
    return 1
keep_in_frame()
print("exception stored in frame local:", gc.collect())
