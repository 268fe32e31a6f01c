# sys.exit("message"): the message goes to stderr, the status is 1, no traceback
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
print("about to exit")
sys.exit("fatal: giving up")
