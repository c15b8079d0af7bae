calls = 0
def fact(n):
    global calls
    calls += 1
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), calls)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
