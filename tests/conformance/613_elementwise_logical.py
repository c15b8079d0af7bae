# logical_and / or / xor / not: any dtype in, bool out; combine masks.
import torch

p = torch.tensor([True, True, False, False])
q = torch.tensor([True, False, True, False])
print("and", torch.logical_and(p, q))
print("or ", torch.logical_or(p, q))
print("xor", torch.logical_xor(p, q))
print("not", torch.logical_not(p))
print("methods", p.logical_and(q), p.logical_or(q), p.logical_xor(q), q.logical_not(), sep="\n")

# non-bool inputs: zero is False, everything else (nan included) True
f = torch.tensor([0.0, -1.5, float("nan"), 2.0])
i = torch.tensor([0, 3, 0, -7])
print(torch.logical_not(f), torch.logical_not(i))
print(torch.logical_and(f, i), torch.logical_or(f, i), torch.logical_xor(f, i))
print(torch.logical_and(f, i).dtype, torch.logical_not(i).dtype)

# broadcasting and building masks from comparisons
x = torch.arange(-3.0, 4.0)
mask = torch.logical_and(x > -2, x < 2)
print(x, mask, x[mask])
print(x[torch.logical_or(x < -2, x > 2)], x[torch.logical_not(mask)])
grid = torch.logical_xor(torch.tensor([[True], [False]]), torch.tensor([True, False, True]))
print(grid)
print(torch.where(torch.logical_or(x == 0, x.abs() == 3), x * 10, x))

# in-place forms keep the destination dtype
b = p.clone(); b.logical_and_(q); print(b)
b = p.clone(); b.logical_or_(q); print(b)
b = p.clone(); b.logical_xor_(q); print(b)
b = p.clone(); b.logical_not_(); print(b)
fl = torch.tensor([0.0, 2.0, 3.0]); fl.logical_not_(); print(fl, fl.dtype)
fl = torch.tensor([0.0, 2.0, 3.0]); fl.logical_and_(torch.tensor([1, 1, 0])); print(fl)
iv = torch.tensor([5, 0, -1]); iv.logical_or_(torch.tensor([False, False, True])); print(iv)

# comparisons combined with masks, counting
scores = torch.tensor([0.2, 0.9, 0.55, 0.7, 0.1])
keep = torch.logical_and(scores > 0.3, torch.logical_not(scores > 0.8))
print(keep, keep.sum(), scores[keep], keep.float().mean())

# masks do not carry gradients, but where() through them does
w = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
sel = torch.logical_and(w > 0, w < 1)
print(sel.requires_grad, sel.dtype)
out = torch.where(sel, w * 3, w * 0.5)
out.sum().backward()
print(out, w.grad)
