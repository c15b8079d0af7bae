# median (the lower of the two middle values for even sizes) and mode, as return_types.
import torch

m = torch.tensor([3.0, 1.0, 4.0, 1.5, 5.0, 9.0, 2.0, 6.0], requires_grad=True)
print("median all", torch.median(m), m.median())
r = torch.median(m, 0)
print(r)
print(type(r).__name__, r.values, r.indices)
print(type(m.median().grad_fn).__name__, type(r.values.grad_fn).__name__)
m.median().backward()
print("grad median()", m.grad)
m.grad = None
r = m.median(dim=-1)
r.values.backward()
print("grad median(dim)", m.grad)

# 2-D by dim, keepdim, odd and even lengths
t = torch.tensor([[1.0, 7.0, 3.0, 2.0], [4.0, 8.0, 0.5, 6.0], [9.0, 0.0, 5.0, 2.5]], requires_grad=True)
print(torch.median(t, dim=1))
vals, idx = t.median(dim=0, keepdim=True)
print(vals, idx, sep="\n")
(vals * torch.tensor([[1.0, 2.0, 3.0, 4.0]])).sum().backward()
print(t.grad)
print(torch.median(t))

# median of all with ties splits the gradient between the equal middle values
tie = torch.tensor([[1.0, 2.0], [2.0, 3.0]], requires_grad=True)
med = tie.median()
med.backward()
print(med, tie.grad)

# integers; nan propagates
print(torch.median(torch.tensor([5, 1, 3, 2])), torch.median(torch.tensor([[5, 1, 3], [2, 8, 4]]), 1))
print(torch.median(torch.tensor([1.0, float("nan"), 2.0])))

# mode: most frequent value (the smallest one when several are equally frequent)
print(torch.mode(torch.tensor([1, 2, 2, 3, 3, 0])))
print(torch.mode(torch.tensor([[1, 1, 2], [5, 7, 5]]), dim=-1, keepdim=True))
f = torch.tensor([[1.0, 2.0, 2.0, 3.0], [4.0, 0.5, 4.0, 4.0]], requires_grad=True)
mo = torch.mode(f, 1)
print(mo)
print(type(mo.values.grad_fn).__name__)
mo.values.sum().backward()
print(f.grad)
val, at = f.mode(0)
print(val, at)
