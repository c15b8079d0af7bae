def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = make_counter()
print(c(), c(), c(5))
d = make_counter()
print(d(), c())

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())

total = 0
def add_global(v):
    global total
    total += v
add_global(3); add_global(4)
print(total)

def history():
    log = []
    def record(v):
        log.append(v)
        return len(log)
    return record, log
rec, log = history()
rec("a"); rec("b")
print(log)
