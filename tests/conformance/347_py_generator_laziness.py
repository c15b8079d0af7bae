def loader(n):
    print("loader started")
    for i in range(n):
        print("producing", i)
        yield i
    print("loader finished")

g = loader(2)
print("created")
print("first", next(g))
print("second", next(g))
print("third", next(g, "none"))

for x in loader(3):
    print("consumed", x)
    if x == 1:
        break
print("after break")
