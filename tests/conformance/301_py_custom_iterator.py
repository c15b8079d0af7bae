class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("tick", n)
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("exhausted")
print(list(Countdown(4)))
print(sum(Countdown(5)), max(Countdown(3)))

class Span:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * i
            i += 1
s = Span(4)
print(list(s), list(s))
it = iter(s)
print(next(it), next(it))
