def attempt(fail):
    try:
        print("try")
        if fail:
            raise ValueError("failed")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

attempt(False)
attempt(True)

def returns():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(returns())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)

try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    raise IndexError("x")
except LookupError as e:
    print("LookupError handler got", type(e).__name__)
