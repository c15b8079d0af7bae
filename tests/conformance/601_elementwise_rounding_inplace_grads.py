# In-place rounding forms and their (zero) gradients; frac passes the gradient through.
import torch

x = torch.tensor([1.7, -1.2, 2.5, -0.5, 3.0], requires_grad=True)
ops = {
    "ceil": lambda t: t.ceil(),
    "floor": lambda t: torch.floor(t),
    "round": lambda t: torch.round(t),
    "round2": lambda t: torch.round(t, decimals=2),
    "trunc": lambda t: t.trunc(),
    "fix": lambda t: t.fix(),
    "frac": lambda t: torch.frac(t),
}
for name, f in ops.items():
    x.grad = None
    y = f(x * 1.5)
    print(name, y)
    print("  grad_fn:", type(y.grad_fn).__name__)
    (y * torch.arange(1.0, 6.0)).sum().backward()
    print("  x.grad:", x.grad)

# In-place methods on a copy, and torch.xxx_ functions
a = torch.tensor([1.26, -1.26, 0.5, 1.5])
b = a.clone(); b.ceil_(); print("ceil_ ", b)
b = a.clone(); b.floor_(); print("floor_", b)
b = a.clone(); b.round_(); print("round_", b)
b = a.clone(); b.round_(decimals=1); print("round_(1)", b)
b = a.clone(); b.trunc_(); print("trunc_", b)
b = a.clone(); b.frac_(); print("frac_ ", b)
b = a.clone(); r = torch.floor_(b); print("torch.floor_", r, b, r is b)
b = a.clone(); torch.ceil_(b); print("torch.ceil_", b)
b = a.clone(); torch.round_(b); print("torch.round_", b)
b = a.clone(); torch.trunc_(b); print("torch.trunc_", b)
b = a.clone(); torch.frac_(b); print("torch.frac_", b)
b = a.clone(); torch.fix_(b); print("torch.fix_", b)

# In-place on a non-leaf records the op in the graph
w = torch.tensor([0.3, 1.6, -2.4], requires_grad=True)
h = w * 2
h.floor_()
print(h, h.grad_fn)
h.sum().backward()
print(w.grad)
w.grad = None
k = w * 3
k.frac_()
print(k, type(k.grad_fn).__name__)
k.sum().backward()
print(w.grad)
print(torch.round(w, decimals=1).grad_fn.name(), torch.round(w).grad_fn.name())
