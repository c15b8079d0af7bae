# The errors autograd beginners meet first, in PyTorch's words (the page explains each).
import torch
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, '|', e)
x = torch.ones(3, requires_grad=True)
t(lambda: (x * 2).backward())
y = (x * x).sum(); y.backward()
t(lambda: y.backward())
def f3():
    x.add_(1)
t(f3)
def f4():
    a = torch.ones(2, requires_grad=True); b = a.sigmoid(); b.mul_(2); b.sum().backward()
t(f4)
def f5():
    a = torch.ones(2, requires_grad=True); c = torch.ones(2, requires_grad=True); torch.autograd.grad((a*2).sum(), [a, c])
t(f5)
t(lambda: torch.ones(2).sum().backward())
t(lambda: x.numpy())
def f8():
    w = torch.ones(2, requires_grad=True); (w*2).sum().backward(); w = w - 0.1 * w.grad; print(w.grad)
t(f8)
