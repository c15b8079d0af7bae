# Robust statistics: quantiles with every interpolation mode, per-row and keepdim, the NaN-aware
# variants used on data with missing values, and the gradients that flow to the picked samples.
import torch

lat = torch.tensor([12.0, 15.0, 11.0, 30.0, 14.0, 13.0, 90.0, 16.0], requires_grad=True)
q = torch.tensor([0.0, 0.25, 0.5, 0.9, 1.0])
for mode in ["linear", "lower", "higher", "midpoint", "nearest"]:
    r = torch.quantile(lat, q, interpolation=mode)
    print(mode, r.detach(), r.grad_fn.name())
p95 = torch.quantile(lat, 0.95)
print(p95, p95.grad_fn.next_functions[0][0].name())
p95.backward()
print(lat.grad)
lat.grad = None
iqr = torch.quantile(lat, 0.75) - torch.quantile(lat, 0.25)
iqr.backward()
print(iqr, lat.grad)
lat.grad = None
torch.quantile(lat, 0.5, interpolation="nearest").backward()
print(lat.grad)

# q is rounded to the input's dtype before rank = q * (n - 1)
print(torch.quantile(torch.arange(7.0), 0.15).item(), torch.quantile(torch.arange(7.0, dtype=torch.float64), 0.15).item())
print(torch.quantile(torch.tensor([1.0, 2.0], dtype=torch.float64), 0.3).item())

# along a dimension; a tensor q puts its own dimension first
m = torch.tensor([[1.0, 7.0, 3.0, 5.0], [2.0, 2.0, 8.0, 0.0], [4.0, 4.0, 4.0, 4.0]], requires_grad=True)
print(torch.quantile(m, 0.5, dim=1), torch.quantile(m, 0.5, dim=1, keepdim=True).shape)
r = torch.quantile(m, torch.tensor([0.25, 0.75]), dim=0)
print(r, r.shape, torch.quantile(m, torch.tensor([0.25, 0.75]), dim=1, keepdim=True).shape)
print(torch.quantile(m, 0.5), torch.quantile(m, 0.5, keepdim=True).shape, m.quantile(torch.tensor([0.1]), dim=-1))
r.sum().backward()
print(m.grad)

# NaN: quantile propagates it, nanquantile skips it (all-NaN rows stay NaN)
nan = float("nan")
g = torch.tensor([[1.0, nan, 3.0, 2.0], [nan, nan, nan, nan], [5.0, 6.0, 7.0, 8.0]], requires_grad=True)
print(torch.quantile(g, 0.5, dim=1), torch.nanquantile(g, 0.5, dim=1))
print(torch.nanquantile(g, torch.tensor([0.0, 1.0]), dim=1), g.detach().nanquantile(0.25, dim=1, interpolation="higher"))
torch.nanquantile(g, 0.5, dim=1)[0].backward()
print(g.grad[0])

# nanmedian: the lower of the two middle values, like median, ignoring NaN
print(torch.nanmedian(g), torch.median(g), torch.nanmedian(torch.tensor([4.0, 1.0, 3.0, 2.0])))
nm = torch.nanmedian(g[[0, 2]], dim=1)
print(nm, nm.values.grad_fn.name(), torch.nanmedian(g, dim=1).values)
print(torch.nanmedian(g, dim=0, keepdim=True), g.detach().nanmedian(), torch.nanmedian(torch.tensor([3, 1, 2, 9])))
g.grad = None
r = torch.nanmedian(g)
print(r.grad_fn.name())
r.backward()
print(g.grad)
# ties: the full reduction spreads the gradient over every copy of the median value,
# the dim= form sends it to the single index it returns
tie = torch.tensor([2.0, 1.0, 2.0, 5.0, nan], requires_grad=True)
torch.nanmedian(tie).backward()
print(tie.grad)
tie.grad = None
tm = torch.nanmedian(tie, 0)
tm.values.backward()
print(tm.indices, tie.grad)
