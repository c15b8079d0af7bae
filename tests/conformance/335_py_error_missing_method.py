class Trainer:
    def __init__(self, lr):
        self.lr = lr
    def step(self):
        return self.lr

t = Trainer(0.1)
print(t.step())
print(hasattr(t, "fit"))
t.fit()
