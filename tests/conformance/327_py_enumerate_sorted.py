names = ["conv1", "bn1", "fc", "conv2"]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(enumerate("ab", 10)))
print(sorted(names))
print(sorted(names, key=len))
print(sorted(names, key=len, reverse=True))
print(sorted(names, key=lambda s: (s[-1], s)))
scores = {"a": 3, "b": 1, "c": 2}
print(sorted(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
nums = [3, -1, 2, -5]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), list(reversed(nums)))
print(min(names, key=len), max(scores, key=lambda k: scores[k]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
