def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e

try:
    parse("x")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
