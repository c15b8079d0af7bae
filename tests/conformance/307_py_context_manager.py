class Section:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Section("a") as s:
    print("inside", s.name)

with Section("outer"), Section("inner"):
    print("body")

class Swallow:
    def __enter__(self):
        return "value"
    def __exit__(self, exc_type, exc, tb):
        print("swallowing", exc_type.__name__, exc)
        return True

with Swallow() as v:
    print(v)
    raise ValueError("boom")
print("after swallow")

try:
    with Section("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
