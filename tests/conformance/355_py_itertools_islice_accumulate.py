from itertools import islice, accumulate, zip_longest

print(list(islice(range(10), 3)))
print(list(islice(range(10), 2, 8, 3)))
print(list(islice([5, 6, 7], 1, None)))
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(zip_longest([1, 2, 3], "ab")))
print(list(zip_longest([1], [2, 3], fillvalue=0)))
