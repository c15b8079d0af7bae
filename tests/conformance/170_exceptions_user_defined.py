class ShapeError(Exception):
    pass
def check(n):
    if n != 3:
        raise ShapeError(f"expected 3, got {n}")
    return "ok"
print(check(3))
try:
    check(2)
except ShapeError as e:
    print("caught:", e)
check(4)
