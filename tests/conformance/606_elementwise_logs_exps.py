# log2 log10 log1p expm1 exp2: values, edge values, grads, in-place forms.
import torch

x = torch.tensor([0.125, 0.5, 1.0, 2.0, 8.0, 1000.0])
print("log2 ", torch.log2(x))
print("log10", x.log10())
print("log1p", torch.log1p(x))
print("exp2 ", torch.exp2(torch.tensor([-2.0, 0.0, 0.5, 3.0, 10.0])))
print("expm1", torch.expm1(torch.tensor([-1.0, 0.0, 1e-3, 1.0, 2.0])))
print("edges log", torch.log2(torch.tensor([0.0, -1.0])), torch.log10(torch.tensor([0.0, -0.5])))
print("edges log1p", torch.log1p(torch.tensor([-1.0, -2.0, float("inf")])))
print("edges exp", torch.exp2(torch.tensor([float("-inf"), 200.0])), torch.expm1(torch.tensor([-float("inf"), 100.0])))

# small-argument accuracy is the point of log1p/expm1 (float64 prints all digits)
tiny = torch.tensor([1e-10, 1e-5], dtype=torch.float64)
for name, val in [("log1p", torch.log1p(tiny)), ("expm1", torch.expm1(tiny)),
                  ("log(1+x)", torch.log(1 + tiny)), ("exp(x)-1", torch.exp(tiny) - 1)]:
    print(f"{name:9s}", [f"{v:.12e}" for v in val.tolist()])

# gradients
t = torch.tensor([0.25, 1.0, 4.0], requires_grad=True)
for name in ["log2", "log10", "log1p", "exp2", "expm1"]:
    t.grad = None
    y = getattr(torch, name)(t)
    y.sum().backward()
    print(f"{name:6s}", y.grad_fn, t.grad)
z = torch.tensor([0.0, -1.0], requires_grad=True)
torch.log1p(z).sum().backward()
print("log1p grad at 0 and -1", z.grad)
z.grad = None
torch.log2(z).sum().backward()
print("log2 grad at 0 and -1", z.grad)

# float64 and int inputs
d = torch.tensor([2.0, 10.0], dtype=torch.float64)
print(d.log2(), d.log10(), d.exp2(), d.log1p(), d.expm1(), sep="\n")
i = torch.tensor([1, 2, 4, 10])
print(torch.log2(i), torch.log10(i), torch.exp2(i), torch.log1p(i).dtype, torch.expm1(i).dtype)

# in-place methods and torch.*_ functions
v = torch.tensor([4.0, 16.0]); v.log2_(); print(v)
v = torch.tensor([10.0, 50.0]); v.log10_(); print(v)
v = torch.tensor([1.0, 3.0]); v.log1p_(); print(v)
v = torch.tensor([1.0, 3.0]); v.exp2_(); print(v)
v = torch.tensor([1.0, 0.5]); v.expm1_(); print(v)
v = torch.tensor([5.0, 16.0]); torch.log2_(v); print(v)
v = torch.tensor([1.0, 3.0]); torch.exp2_(v); print(v)
v = torch.tensor([1.0, 3.0]); torch.log1p_(v); print(v)
v = torch.tensor([1.0, 0.5]); torch.expm1_(v); print(v)
v = torch.tensor([3.0, 1000.0]); torch.log10_(v); print(v)
