# torch.return_types.* are named tuples: print them, index them, unpack them, iterate them.
import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, -1.0, 3.0]])
r = torch.max(x, dim=1)
print(r)
print(type(r))
print(isinstance(r, tuple), len(r))
print(r[0], r[1], r[-1])
print(r[:1])
print(tuple(r))
print([r])
print(f"{r}")
print(str(r) == repr(r))
values, indices = r
print(values, indices)
for t in torch.min(x, 0):
    print(t)
print(list(map(type, torch.sort(x))))

# every family with its field names
print(type(torch.sort(x)).__name__, type(torch.topk(x, 1)).__name__, type(torch.kthvalue(x, 1)).__name__)
print(type(torch.median(x, 1)).__name__, type(torch.mode(x, 1)).__name__, type(torch.cummax(x, 1)).__name__,
      type(torch.cummin(x, 0)).__name__, type(torch.aminmax(x)).__name__, type(torch.min(x, 1)).__name__)
print(torch.aminmax(x).min, torch.aminmax(x).max, torch.median(x, 0).indices, torch.mode(x, 1).values)
print(type(torch.topk(x, 1)).__module__)

# values and indices agree with gather
s = torch.sort(x, dim=1, descending=True)
print(torch.equal(x.gather(1, s.indices), s.values))
t = torch.topk(x, 2, dim=0)
print(torch.equal(x.gather(0, t.indices), t.values))

# converting to Python
print(s.values.tolist(), s.indices.tolist())
print(r.values.tolist(), r.indices[0].item())
# 0-d results from a 1-D input
v = torch.tensor([4.0, 9.0, 1.0])
print(v.max(0))
print(v.max(0).values.item(), int(v.max(0).indices), v.min(dim=0, keepdim=True))
print(torch.kthvalue(v, 2))
# building one by hand
print(torch.return_types.sort((torch.tensor([1.0]), torch.tensor([0]))))
