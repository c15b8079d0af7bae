from collections import Counter

c = Counter([1, 2, 2, 3, 3, 3])
print(c)
print(c.most_common(1), c[9], c[3])
labels = Counter("abracadabra")
print(labels.most_common(2), sum(labels.values()))
c.update([1, 1])
print(c[1], dict(sorted(c.items())))
