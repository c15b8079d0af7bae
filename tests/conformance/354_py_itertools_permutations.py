from itertools import permutations
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(len(list(permutations(range(4)))))
