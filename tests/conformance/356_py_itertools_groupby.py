from itertools import groupby

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for k, g in groupby(sorted([3, 1, 3, 2, 1, 3])):
    print(k, len(list(g)))
print([k for k, _ in groupby("aaabccdd")])
