# Machine limits as people query them when choosing tolerances and sentinels.
import torch

f32 = torch.finfo(torch.float32)
print(f32.eps, f32.max, f32.min)
print(f32.tiny, f32.smallest_normal, f32.resolution, f32.bits, f32.dtype)
print(type(f32.eps).__name__, type(f32.bits).__name__, type(f32.dtype).__name__)
print(repr(f32))
print(torch.finfo())
print(torch.finfo() == f32, torch.finfo(torch.float64) == f32)

f64 = torch.finfo(torch.float64)
print(f64)
print(f64.eps, f64.max, f64.min, f64.tiny, f64.resolution, f64.bits, f64.dtype)
torch.set_default_dtype(torch.float64)
print(torch.finfo().dtype, torch.finfo().eps)
torch.set_default_dtype(torch.float32)

i64 = torch.iinfo(torch.int64)
print(i64.max, i64.min, i64.bits, i64.dtype)
print(repr(i64), str(i64))
print(type(i64.max).__name__, i64.max == 9223372036854775807, i64.min + i64.max)

# each dtype's limits come from the dtype of a tensor, as generic code writes it
for t in [torch.zeros(1), torch.zeros(1, dtype=torch.float64)]:
    info = torch.finfo(t.dtype)
    print(t.dtype, info.eps, info.bits, 1.0 + info.eps > 1.0, 1.0 + info.eps / 2 > 1.0)

# eps is the gap above 1.0 in the tensor's own precision
one = torch.ones(1)
print((one + f32.eps).item(), (one + f32.eps / 2).item(), (one + f32.eps) > one)
print(torch.tensor([f32.max]) * 2, torch.tensor([f32.tiny]) / 2 > 0, torch.tensor([f32.max]).tolist())
print(torch.tensor(f32.max, dtype=torch.float64).item() == f32.max, torch.tensor([i64.max]), torch.tensor([i64.min]))
print(torch.full((2,), i64.max), torch.tensor([i64.max]) + 1)
print(torch.finfo(torch.float32).eps == 2 ** -23, torch.finfo(torch.float64).eps == 2 ** -52)
print(f32.tiny == 2 ** -126, f64.tiny == 2 ** -1022, f32.max == (2 - 2 ** -23) * 2.0 ** 127)
