name = "plum"
price = 3.14159
qty = 7
big = 1234567
print(f"{name} costs {price:.2f}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}]")
print(f"{qty:03d} {qty:x} {255:X} {qty:b} {qty:o}")
print(f"{big:,} {big:_}")
print(f"{name!r} {name!s}")
print(f"{price:10.3f}|{price:<10.1f}|")
print(f"{-qty:+d} {qty:+d} {0.5:.0%} {0.125:.1%}")
print(f"{qty * 2} {qty > 5} {[1, 2][0]} {'nested'}")
print(f"{{literal braces}} {qty}")
width = 6
print(f"{qty:>{width}}|")
print(f"{1e10:e} {1234.5:g} {0.00001:g}")
print(f"{'x' * 3:*^9}")
