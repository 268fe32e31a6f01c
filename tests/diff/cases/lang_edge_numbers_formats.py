try:
    print('"%c" % 2**64', '->', repr("%c" % 2**64))
except Exception as e:
    print('"%c" % 2**64', '->', type(e).__name__ + ':', e)
try:
    print('"%c" % -1', '->', repr("%c" % -1))
except Exception as e:
    print('"%c" % -1', '->', type(e).__name__ + ':', e)
try:
    print('"%c" % 1.5', '->', repr("%c" % 1.5))
except Exception as e:
    print('"%c" % 1.5', '->', type(e).__name__ + ':', e)
try:
    print('"%c" % "ab"', '->', repr("%c" % "ab"))
except Exception as e:
    print('"%c" % "ab"', '->', type(e).__name__ + ':', e)
try:
    print('format(-1, "c")', '->', repr(format(-1, "c")))
except Exception as e:
    print('format(-1, "c")', '->', type(e).__name__ + ':', e)
try:
    print('"%d" % float("nan")', '->', repr("%d" % float("nan")))
except Exception as e:
    print('"%d" % float("nan")', '->', type(e).__name__ + ':', e)
try:
    print('"%d" % float("inf")', '->', repr("%d" % float("inf")))
except Exception as e:
    print('"%d" % float("inf")', '->', type(e).__name__ + ':', e)
try:
    print('str.upper(5)', '->', repr(str.upper(5)))
except Exception as e:
    print('str.upper(5)', '->', type(e).__name__ + ':', e)
try:
    print('dict.get([], 1)', '->', repr(dict.get([], 1)))
except Exception as e:
    print('dict.get([], 1)', '->', type(e).__name__ + ':', e)
try:
    print('list.append((), 1)', '->', repr(list.append((), 1)))
except Exception as e:
    print('list.append((), 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, -400)', '->', repr(round(5, -400)))
except Exception as e:
    print('round(5, -400)', '->', type(e).__name__ + ':', e)
try:
    print('round(2**70, -5)', '->', repr(round(2**70, -5)))
except Exception as e:
    print('round(2**70, -5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2, -1, 7)', '->', repr(pow(2, -1, 7)))
except Exception as e:
    print('pow(2, -1, 7)', '->', type(e).__name__ + ':', e)
try:
    print('float("inf") // 1', '->', repr(float("inf") // 1))
except Exception as e:
    print('float("inf") // 1', '->', type(e).__name__ + ':', e)
try:
    print('float(2**1024)', '->', repr(float(2**1024)))
except Exception as e:
    print('float(2**1024)', '->', type(e).__name__ + ':', e)
try:
    print('type(None)()', '->', repr(type(None)()))
except Exception as e:
    print('type(None)()', '->', type(e).__name__ + ':', e)
try:
    print('str(10**5000)', '->', repr(str(10**5000)))
except Exception as e:
    print('str(10**5000)', '->', type(e).__name__ + ':', e)
try:
    print('int("1"*5000)', '->', repr(int("1"*5000)))
except Exception as e:
    print('int("1"*5000)', '->', type(e).__name__ + ':', e)
try:
    print('10**400 == float("inf")', '->', repr(10**400 == float("inf")))
except Exception as e:
    print('10**400 == float("inf")', '->', type(e).__name__ + ':', e)
try:
    print('1 << 2**40', '->', repr(1 << 2**40))
except Exception as e:
    print('1 << 2**40', '->', type(e).__name__ + ':', e)
try:
    print('(1).__repr__()', '->', repr((1).__repr__()))
except Exception as e:
    print('(1).__repr__()', '->', type(e).__name__ + ':', e)
try:
    print('(1.5).__repr__()', '->', repr((1.5).__repr__()))
except Exception as e:
    print('(1.5).__repr__()', '->', type(e).__name__ + ':', e)
try:
    print('(None).__repr__()', '->', repr((None).__repr__()))
except Exception as e:
    print('(None).__repr__()', '->', type(e).__name__ + ':', e)
try:
    print('(1).__hash__()', '->', repr((1).__hash__()))
except Exception as e:
    print('(1).__hash__()', '->', type(e).__name__ + ':', e)
try:
    print('pow(3, -2, 10)', '->', repr(pow(3, -2, 10)))
except Exception as e:
    print('pow(3, -2, 10)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, -1)', '->', repr(round(25, -1)))
except Exception as e:
    print('round(25, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(35, -1)', '->', repr(round(35, -1)))
except Exception as e:
    print('round(35, -1)', '->', type(e).__name__ + ':', e)
try:
    print('-7.0 // 2', '->', repr(-7.0 // 2))
except Exception as e:
    print('-7.0 // 2', '->', type(e).__name__ + ':', e)
try:
    print('7.5 % -2', '->', repr(7.5 % -2))
except Exception as e:
    print('7.5 % -2', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-7.5, 2)', '->', repr(divmod(-7.5, 2)))
except Exception as e:
    print('divmod(-7.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print("'ab' * (2**40)", '->', repr('ab' * (2**40)))
except Exception as e:
    print("'ab' * (2**40)", '->', type(e).__name__ + ':', e)
try:
    print('[1, 2] * 2**40', '->', repr([1, 2] * 2**40))
except Exception as e:
    print('[1, 2] * 2**40', '->', type(e).__name__ + ':', e)
try:
    print('pow(-2, 3, 5)', '->', repr(pow(-2, 3, 5)))
except Exception as e:
    print('pow(-2, 3, 5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2, 3, -5)', '->', repr(pow(2, 3, -5)))
except Exception as e:
    print('pow(2, 3, -5)', '->', type(e).__name__ + ':', e)
try:
    print('round(-25, -1)', '->', repr(round(-25, -1)))
except Exception as e:
    print('round(-25, -1)', '->', type(e).__name__ + ':', e)
try:
    print('1e308 * 10 // 1', '->', repr(1e308 * 10 // 1))
except Exception as e:
    print('1e308 * 10 // 1', '->', type(e).__name__ + ':', e)
