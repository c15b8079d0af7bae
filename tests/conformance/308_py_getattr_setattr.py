class Config:
    def __init__(self, **defaults):
        object.__setattr__(self, "_data", dict(defaults))
    def __getattr__(self, name):
        print("fallback for", name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}")
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        self._data[name] = value

c = Config(lr=0.1)
print(c.lr)
c.epochs = 3
print(c.epochs, c._data)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "nope", "default"))
print(hasattr(c, "lr"), hasattr(c, "zzz"))

class Logged:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("assign", name, value)
        super().__setattr__(name, value)
l = Logged()
l.y = 2
print(l.x, l.y, sorted(vars(l).items()))
