from functools import wraps

def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return inner

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add(1, b=5))
print(add.__name__, add.__doc__)

def plain(fn):
    def inner(*a):
        return fn(*a)
    return inner

@plain
def mul(a, b):
    return a * b
print(mul.__name__, mul(3, 4))

def repeat(times):
    def deco(fn):
        @wraps(fn)
        def inner(*args):
            return [fn(*args) for _ in range(times)]
        return inner
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
