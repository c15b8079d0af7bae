d = {"a": 1}
d["b"] = 2
d.update({"c": 3})
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), "a" in d)
lst = [3, 1, 2]
lst.append(5); lst.insert(0, 9); lst.extend([7])
print(lst, lst.pop(), lst.index(1), sorted(lst), sorted(lst, reverse=True), len(lst))
del lst[0]
print(lst, min(lst), max(lst))
