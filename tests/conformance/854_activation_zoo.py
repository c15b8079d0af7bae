# A tour of torch.nn's activation functions, as "which activation should I use?" posts write it:
# each one's values on a grid, its grad_fn, and its derivative from backward().
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.linspace(-4, 4, 17, requires_grad=True)

activations = [
    nn.SELU(), nn.CELU(), nn.CELU(alpha=0.5), nn.ELU(alpha=0.7),
    nn.Hardsigmoid(), nn.Hardswish(), nn.Mish(), nn.LogSigmoid(),
    nn.Softsign(), nn.Tanhshrink(), nn.Softshrink(), nn.Softshrink(1.5),
    nn.Hardshrink(), nn.Hardshrink(lambd=2.0), nn.ReLU6(), nn.SiLU(),
]
for act in activations:
    y = act(x)
    y.sum().backward()
    print(act, type(y.grad_fn).__name__)
    print(y)
    print(x.grad)
    x.grad = None

# The functional forms, and torch.* where PyTorch has them.
name = lambda t: type(t.grad_fn).__name__
print(F.selu(x), name(torch.selu(x)))
print(F.celu(x, 2.0), name(torch.celu(x, alpha=2.0)))
print(F.hardsigmoid(x), name(F.hardswish(x)))
print(name(F.mish(x)), name(F.logsigmoid(x)))
print(name(F.softshrink(x, 0.25)), name(F.hardshrink(x, 0.25)))
print(name(F.softsign(x)), name(F.tanhshrink(x)))

# float64, and a 2-D batch through a small model that uses them.
torch.manual_seed(0)
d = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
for f in (F.selu, F.celu, F.hardswish, F.mish, F.logsigmoid, F.hardsigmoid):
    out = f(d)
    g, = torch.autograd.grad(out.sum(), d)
    print(f.__name__, out, g, sep='\n')

model = nn.Sequential(nn.Linear(4, 8), nn.SELU(), nn.Linear(8, 8), nn.Mish(), nn.Linear(8, 1), nn.LogSigmoid())
print(model)
inp = torch.randn(5, 4)
loss = -model(inp).mean()
loss.backward()
print(loss)
print(model[0].weight.grad)

# In place, where PyTorch has inplace=True.
z = torch.linspace(-2, 2, 5)
print(F.selu(z.clone(), inplace=True), F.celu(z.clone(), inplace=True), F.hardsigmoid(z.clone(), inplace=True),
      F.hardswish(z.clone(), inplace=True), F.mish(z.clone(), inplace=True))
print(nn.SELU(inplace=True), nn.Hardswish(inplace=True), nn.CELU(1.0, True))

# What PyTorch refuses.
for bad in (lambda: F.hardswish(torch.arange(3)), lambda: F.softshrink(x, -1.0), lambda: F.logsigmoid(torch.arange(3))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
