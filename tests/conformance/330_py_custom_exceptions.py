class TrainingError(Exception):
    pass

class DivergedError(TrainingError):
    pass

def train(losses):
    for step, loss in enumerate(losses):
        if loss > 100:
            raise DivergedError(f"loss diverged at step {step}: {loss}")
    return "converged"

print(train([3, 2, 1]))
try:
    train([1, 50, 1000])
except TrainingError as e:
    print(type(e).__name__, e)
    print(e.args, repr(e))
e = TrainingError("a", 1)
print(e, e.args, repr(e))
print(repr(str(TrainingError())), repr(ValueError("x")))
print(isinstance(DivergedError(), Exception), issubclass(DivergedError, TrainingError))
try:
    raise TrainingError
except Exception as err:
    print("caught bare class", type(err).__name__)
train([1e9])
