def risky(v):
    try:
        if v < 0:
            raise ValueError("negative: " + str(v))
        return v * 2
    except ValueError as e:
        print("caught", e)
        return None
    finally:
        print("finally", v)
print(risky(3), risky(-1))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise RuntimeError
except Exception as e:
    print(type(e).__name__, repr(e))
