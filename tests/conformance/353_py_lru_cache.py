import functools

calls = []

@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib(30), len(calls))
print(fib.cache_info().hits > 0)
