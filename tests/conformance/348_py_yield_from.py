def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(3)

print(list(outer()))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], [], 5])))
