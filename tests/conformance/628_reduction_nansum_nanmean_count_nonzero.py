# nansum / nanmean treat nan as missing; count_nonzero counts by dim (nan counts as nonzero).
import torch

nan = float("nan")
x = torch.tensor([[1.0, nan, 3.0, 4.0], [nan, nan, nan, nan], [2.0, 6.0, nan, 0.0]], requires_grad=True)
print("sum      ", x.sum(), torch.mean(x))
print("nansum   ", torch.nansum(x), x.nansum(dim=1))
print("nansum 0 ", torch.nansum(x, 0, keepdim=True))
print("nansum ()", torch.nansum(x, dim=(0, 1)), x.nansum(-1))
print("nanmean  ", torch.nanmean(x), x.nanmean(dim=1))
print("nanmean 0", torch.nanmean(x, dim=0, keepdim=True))
print("nanmean -1", torch.nanmean(x, -1, keepdim=True))
print(type(torch.nansum(x).grad_fn).__name__, type(torch.nanmean(x).grad_fn).__name__)

# nan entries get a zero gradient
torch.nansum(x).backward()
print(x.grad)
x.grad = None
(torch.nansum(x, 1) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
x.grad = None
torch.nanmean(x).backward()
print(x.grad)
x.grad = None
torch.nanmean(x[0]).backward()
print(x.grad[0])

# no nan: same as sum / mean
y = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.nansum(y), torch.nanmean(y, 0), torch.equal(torch.nansum(y, 1), y.sum(1)))
# integer nansum keeps int64; dtype= converts
print(torch.nansum(torch.tensor([1, 2, 3])), torch.nansum(torch.tensor([1, 2]), dtype=torch.float64))

# count_nonzero
c = torch.tensor([[0, 1, 2], [0, 0, 3], [5, 0, 0]])
print(torch.count_nonzero(c), torch.count_nonzero(c, dim=0), c.count_nonzero(1))
print(torch.count_nonzero(c, dim=(0, 1)), torch.count_nonzero(c, -1).dtype)
print(torch.count_nonzero(x.detach()), torch.count_nonzero(x.detach(), dim=0))
print(torch.count_nonzero(torch.tensor([True, False, True])), torch.count_nonzero(torch.tensor([0.0, -0.0, 1e-30])))
# how many entries are missing, per row
print(torch.isnan(x).sum(1), (~torch.isnan(x)).count_nonzero(dim=1))
