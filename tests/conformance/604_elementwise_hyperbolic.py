# sinh cosh and the inverse hyperbolics (asinh acosh atanh + arc* aliases).
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 1.0, 3.0])
print("sinh ", torch.sinh(x))
print("cosh ", x.cosh())
print("asinh", torch.asinh(x))
print("arcsinh", torch.arcsinh(x))
print("acosh", torch.acosh(torch.tensor([1.0, 1.5, 2.0, 10.0])))
print("arccosh", torch.tensor([1.0, 1.5, 2.0, 10.0]).arccosh())
print("atanh", torch.atanh(torch.tensor([-0.9, -0.5, 0.0, 0.5, 0.9])))
print("arctanh", torch.arctanh(torch.tensor([0.25])))
print("edges", torch.atanh(torch.tensor([1.0, -1.0, 1.5])), torch.acosh(torch.tensor([0.5, -1.0])))
print("big", torch.sinh(torch.tensor([100.0, -100.0])), torch.cosh(torch.tensor([-100.0])))

# identity cosh^2 - sinh^2 = 1
c, s = torch.cosh(x), torch.sinh(x)
print(torch.allclose(c * c - s * s, torch.ones(6), atol=1e-4))

# gradients: cosh, sinh, 1/sqrt(x^2+1), 1/sqrt(x^2-1), 1/(1-x^2)
t = torch.tensor([1.2, 1.5, 2.5], requires_grad=True)
u = torch.tensor([-0.6, 0.0, 0.3], requires_grad=True)
for name, inp in [("sinh", u), ("cosh", u), ("asinh", u), ("acosh", t), ("atanh", u),
                  ("arcsinh", u), ("arccosh", t), ("arctanh", u)]:
    inp.grad = None
    y = getattr(torch, name)(inp)
    (y * 2).sum().backward()
    print(f"{name:8s}", type(y.grad_fn).__name__, y, inp.grad)

# gradient at the edges of the domain
e = torch.tensor([1.0], requires_grad=True)
torch.acosh(e).backward()
print("acosh'(1)", e.grad)
e.grad = None
torch.atanh(e).backward()
print("atanh'(1)", e.grad)

# float64 and in-place
d = torch.tensor([0.5, 1.0], dtype=torch.float64)
print(d.sinh(), d.cosh(), d.asinh(), d.atanh(), (d + 1).acosh(), sep="\n")
v = torch.tensor([0.5, -0.25]); v.sinh_(); print(v)
v = torch.tensor([0.5, -0.25]); v.cosh_(); print(v)
v = torch.tensor([0.5, -0.25]); torch.asinh_(v); print(v)
v = torch.tensor([0.5, -0.25]); v.atanh_(); print(v)
v = torch.tensor([2.0, 3.0]); torch.acosh_(v); print(v)
v = torch.tensor([2.0, 3.0]); v.arccosh_(); print(v)
v = torch.tensor([0.5, -0.25]); torch.arctanh_(v); print(v)
v = torch.tensor([0.5, -0.25]); torch.sinh_(v); print(v)
