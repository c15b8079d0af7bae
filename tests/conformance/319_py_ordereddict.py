from collections import OrderedDict

od = OrderedDict()
od["conv"] = 1
od["relu"] = 2
od["fc"] = 3
print(od)
print(list(od.keys()), list(od.values()))
print(od.items())
od["conv"] = 10
print(od)
del od["relu"]
print(od, len(od))
print(OrderedDict([("b", 2), ("a", 1)]))
print(OrderedDict())
print(dict(od), od == {"conv": 10, "fc": 3})
for k, v in od.items():
    print(k, v)
