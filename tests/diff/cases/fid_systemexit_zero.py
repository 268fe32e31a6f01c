# raise SystemExit(0) ends the program quietly with status 0, after finally blocks and __del__
class Res:
    def __del__(self):
        print("Res freed at exit")
r = Res()
def stop():
    try:
        raise SystemExit(0)
    finally:
        print("finally in stop")
try:
    stop()
except ValueError:
    print("not reached")
print("not reached either")
