# Reductions over narrow dtypes (which accumulate in int64, which keep the dtype, which refuse),
# and the promotion queries library code uses to choose an output dtype.
import torch

votes = torch.tensor([[1, 0, 3], [2, 5, 1]], dtype=torch.int32)
bytes_ = torch.tensor([200, 100, 250], dtype=torch.uint8)
small = torch.tensor([100, 100, 100], dtype=torch.int8)

print(votes.sum(), votes.sum().dtype, votes.sum(dim=0), votes.sum(1, keepdim=True))
print(bytes_.sum(), small.sum(), votes.sum(dtype=torch.int32).dtype, bytes_.sum(dtype=torch.uint8))
print(votes.prod(), votes.prod(1), small.prod(), small.prod(dtype=torch.int8), bytes_.prod(0).dtype)
print(votes.cumsum(1), votes.cumsum(0).dtype, bytes_.cumsum(0), bytes_.cumsum(0, dtype=torch.uint8))
print(small.cumprod(0), torch.tensor([1, 2], dtype=torch.int16).cumsum(0).dtype)

# max / min / argmax keep the dtype (argmax is always int64)
print(votes.max(), votes.min(), votes.max().dtype, bytes_.max(), small.min())
vals, idx = votes.max(dim=1)
print(vals, idx, vals.dtype, idx.dtype)
print(votes.argmax(), votes.argmin(1), bytes_.argmax(), torch.topk(bytes_, 2))
print(votes.sort(dim=1), torch.sort(bytes_, descending=True).values)
print(votes.amax(0), torch.aminmax(bytes_), votes.max(0, keepdim=True).values.shape)
print(torch.unique(torch.tensor([3, 1, 3, 2], dtype=torch.int32)), torch.count_nonzero(votes))

# mean of an integer tensor is refused; convert first or pass dtype=
for label, fn in [("mean", lambda: votes.mean()), ("mean(dim)", lambda: bytes_.mean(0)),
                  ("std", lambda: votes.std()), ("var uint8", lambda: bytes_.var()),
                  ("median", lambda: votes.median()), ("mean(dtype=int32)", lambda: votes.mean(dtype=torch.int32))]:
    try:
        r = fn()
        print(label, r, r.dtype)
    except RuntimeError as e:
        print(label, type(e).__name__, e)
print(votes.float().mean(), votes.mean(dtype=torch.float64), bytes_.double().mean(0), votes.sum() / votes.numel())
print((votes > 1).sum(), (votes > 1).float().mean(), torch.bincount(votes.flatten()))

# promotion queries
dts = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.bfloat16, torch.float32]
names = [str(d).replace("torch.", "") for d in dts]
print(" " * 9, " ".join(f"{n[:8]:>8}" for n in names))
for d, n in zip(dts, names):
    print(f"{n:>9}", " ".join(f"{str(torch.promote_types(d, e)).replace('torch.', '')[:8]:>8}" for e in dts))
for d, n in zip(dts, names):
    print(f"{n:>9}", "".join("1" if torch.can_cast(d, e) else "." for e in dts), torch.can_cast(d, torch.bool))
print(torch.result_type(votes, 1), torch.result_type(votes, 1.0), torch.result_type(bytes_, -1), torch.result_type(small, bytes_))
print(torch.result_type(votes, torch.tensor(2)), torch.result_type(votes, torch.tensor([2])), torch.result_type(bytes_, torch.tensor(1.5, dtype=torch.float64)))
print(torch.result_type(torch.tensor([1.0], dtype=torch.half), torch.tensor([1.0], dtype=torch.bfloat16)), torch.result_type(torch.tensor([1.0], dtype=torch.half), 2.0))
print(torch.result_type(torch.tensor([1.0], dtype=torch.half), votes), torch.result_type(torch.tensor(1.0), bytes_))

# an accumulator dtype chosen the way PyTorch does it
def safe_total(t):
    acc = torch.int64 if not t.dtype.is_floating_point else torch.promote_types(t.dtype, torch.float32)
    return t.to(acc).sum()
print(safe_total(bytes_), safe_total(small), safe_total(torch.tensor([0.1] * 4, dtype=torch.half)))
