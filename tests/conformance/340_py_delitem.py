class Registry:
    def __init__(self):
        self.entries = {"conv": 1, "fc": 2, "bn": 3}
    def __delitem__(self, key):
        print("deleting", key)
        del self.entries[key]
    def __len__(self):
        return len(self.entries)

r = Registry()
del r["fc"]
print(r.entries, len(r))
try:
    del r["missing"]
except KeyError as e:
    print("KeyError", e)
