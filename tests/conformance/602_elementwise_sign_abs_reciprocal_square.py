# sign, sgn, abs/absolute, reciprocal, square: values, dtypes, and subgradients at zero.
import torch

x = torch.tensor([-3.0, -0.5, 0.0, -0.0, 0.25, 4.0], requires_grad=True)
print(torch.sign(x), x.sgn(), torch.abs(x), torch.absolute(x), sep="\n")
for name in ["sign", "sgn", "abs", "absolute", "reciprocal", "square"]:
    x.grad = None
    y = getattr(torch, name)(x)
    y.backward(torch.ones_like(y))
    print(f"{name:10s}", type(y.grad_fn).__name__, x.grad)

print(torch.reciprocal(x.detach()), x.detach().square())
print(x.detach().reciprocal().isinf())

# integer and bool inputs
i = torch.tensor([-7, 0, 3])
print(torch.sign(i), torch.sign(i).dtype, torch.abs(i), torch.abs(i).dtype)
print(torch.square(i), torch.square(i).dtype)
print(torch.reciprocal(i), torch.reciprocal(i).dtype)
b = torch.tensor([True, False])
print(torch.sign(b), torch.square(b), torch.square(b).dtype)
print(torch.sign(torch.tensor([float("nan"), float("inf"), -float("inf")])))

# in-place variants
v = torch.tensor([-2.0, 0.5, 0.0])
v.sign_(); print(v)
v = torch.tensor([-2.0, 0.5, 0.0]); v.sgn_(); print(v)
v = torch.tensor([-2.0, 0.5, 0.0]); v.abs_(); print(v)
v = torch.tensor([-2.0, 0.5, 4.0]); v.reciprocal_(); print(v)
v = torch.tensor([-2.0, 0.5, 4.0]); v.square_(); print(v)
v = torch.tensor([-2.0, 0.5, 4.0]); torch.abs_(v); print(v)
v = torch.tensor([-2.0, 0.5, 4.0]); torch.reciprocal_(v); print(v)
v = torch.tensor([-2.0, 0.5, 4.0]); v.absolute_(); print(v)

# chain: |x| * sign(x) == x, grad through both
z = torch.tensor([-1.5, 2.0, 0.0], requires_grad=True)
w = z.abs() * z.sign() + z.square() * z.reciprocal()
print(w)
w.sum().backward()
print(z.grad)
d = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
(d.square() / 3 + d.abs()).sum().backward()
print(d.grad)
