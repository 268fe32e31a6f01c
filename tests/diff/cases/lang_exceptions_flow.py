def check(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return "early return"
        r = 10 // (n - 2)
    except ValueError as e:
        print("  except ValueError:", e)
        return "handled"
    except ZeroDivisionError:
        print("  except ZeroDivisionError")
        return "div"
    else:
        print("  else ran")
        return "result %d" % r
    finally:
        print("  finally for", n)

for n in [0, 1, 2, 7]:
    print(n, "->", check(n))
def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_overrides())
