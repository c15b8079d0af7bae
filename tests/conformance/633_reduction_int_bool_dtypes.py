# Result dtypes of reductions on integer and bool tensors, and dtype= overrides.
import torch

i = torch.tensor([[1, 2, 3], [4, 5, 6]])
b = torch.tensor([True, False, True, True])
print("sum    ", i.sum(), i.sum(1), b.sum(), b.sum().dtype)
print("prod   ", i.prod(), i.prod(0), b.prod(), b.prod().dtype)
print("cumsum ", i.cumsum(1), b.cumsum(0), b.cumsum(0).dtype, sep="\n")
print("cumprod", torch.cumprod(i, 0).dtype, torch.cumprod(b, 0))
print("max/min", i.max(), i.min(1), i.amax(0), torch.aminmax(i), sep="\n")
print("argmax ", i.argmax(), i.argmax(1).dtype, torch.argmin(i, 0))
print("median ", torch.median(i), torch.median(i, 1).values.dtype)
print("sort   ", torch.sort(i, descending=True).values.dtype, torch.topk(i, 2).values)
print("any/all", i.any(), b.all(), torch.all(i, 1), torch.any(b.logical_not()))
print("count  ", torch.count_nonzero(i - 3), torch.count_nonzero(b))
print("unique ", torch.unique(i % 3), torch.unique(b, return_counts=True))
print("logsumexp", torch.logsumexp(i, 1), torch.logsumexp(b, 0))

# dtype= converts before reducing: the usual way to take the mean of integers
print(torch.mean(i, dtype=torch.float32), i.mean(1, dtype=torch.float64))
print(i.sum(dtype=torch.float32), torch.sum(b, dtype=torch.float64), i.prod(1, dtype=torch.float64))
print(torch.cumsum(i, 1, dtype=torch.float32), b.cumsum(0, dtype=torch.int64).dtype)
print(i.float().mean(), i.double().std(), b.float().mean(), b.float().var(unbiased=False))
print(torch.nansum(i), torch.nansum(b), torch.nansum(i, 1, dtype=torch.float64))

# float64 stays float64 through every reduction
d = torch.tensor([[0.5, 1.5], [2.5, -3.5]], dtype=torch.float64)
for name in ["sum", "mean", "prod", "std", "var", "amax", "amin", "median", "nansum", "nanmean"]:
    print(name, getattr(d, name)().dtype, getattr(torch, name)(d))
print(torch.logsumexp(d, 1), d.cumsum(0).dtype, torch.std_mean(d, 0))

# accuracy from a bool comparison: sum() gives int64, so convert before dividing
pred = torch.tensor([1, 0, 2, 2, 1])
target = torch.tensor([1, 1, 2, 0, 1])
correct = (pred == target).sum()
print(correct, correct.dtype, correct / len(target), correct.item() / len(target))
print((pred == target).float().mean(), (pred == target).sum(dtype=torch.float32))
