from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bat", "avocado", "bee", "cat"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups))
print(groups["z"], len(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["q"], "q" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(dict(nested["a"]))
