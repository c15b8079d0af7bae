def pair():
    return 1, 2, 3
try:
    a, b = pair()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = pair()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k, v in [(1, 2), (3,)]:
        print(k, v)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
a, (b, c) = 1, (2, 3)
print(a, b, c)
w, h = "hi"
print(w, h)
x, y = [1, 2, 3]
