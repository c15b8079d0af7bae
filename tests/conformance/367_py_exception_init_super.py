class DivergedError(Exception):
    def __init__(self, step, loss):
        super().__init__(f"loss diverged at step {step}: {loss}")
        self.step = step
        self.loss = loss

try:
    raise DivergedError(2, 1000)
except DivergedError as e:
    print(type(e).__name__, e)
    print(e.step, e.loss, e.args)
    print(repr(e))

class ShapeError(ValueError):
    def __init__(self, expected, got):
        self.expected = expected
        self.got = got
    def __str__(self):
        return f"expected {self.expected}, got {self.got}"
try:
    raise ShapeError((2, 3), (3, 2))
except ValueError as e:
    print(type(e).__name__, e, e.expected)
raise DivergedError(7, 1e9)
