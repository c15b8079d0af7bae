# Integer and bool inputs to float functions, and the dtype of every result.
import torch

i = torch.tensor([4, 9, 16])
b = torch.tensor([True, False])
for name in ["sqrt", "exp", "log", "sin", "tanh", "sigmoid", "rsqrt", "log2", "log10", "atan", "asinh", "expm1"]:
    r = getattr(torch, name)(i)
    print(f"{name:8s}", r, r.dtype, getattr(torch, name)(b).dtype)

# these keep integers
for name in ["abs", "neg", "sign", "square", "ceil", "floor", "round", "trunc"]:
    r = getattr(torch, name)(i)
    print(f"{name:8s}", r, r.dtype)

# binary: int/int stays int where it can; true division always gives float
j = torch.tensor([3, 2, 5])
print(torch.maximum(i, j).dtype, torch.fmod(i, j).dtype, torch.remainder(i, j), i / j, (i / j).dtype, i // j)
print(torch.atan2(i, j), torch.atan2(i, j).dtype, torch.hypot(i.float(), j.float()))
print(torch.pow(i, 2), torch.pow(i, 0.5), torch.pow(i, 0.5).dtype, i ** -1.0)
print(torch.lerp(i.float(), j.float(), 0.5), torch.clamp_min(i, 5), torch.clamp_min(i, 5.5))

# Python scalars do not change a tensor's category, 0-dim tensors don't either
f = torch.tensor([1.0, 2.0])
print((i * 2.5).dtype, (f * 2).dtype, (i + torch.tensor(1.5)).dtype, (i + torch.tensor(1.5, dtype=torch.float64)).dtype)
print((f + torch.tensor([1], dtype=torch.float64)).dtype, (f + torch.tensor(1, dtype=torch.float64)).dtype)
print(torch.maximum(f, torch.tensor([1.5], dtype=torch.float64)).dtype, torch.fmin(i, f[:1]).dtype)

# float64 stays float64 through every op
d = torch.tensor([0.5, 2.0], dtype=torch.float64)
print([getattr(torch, n)(d).dtype for n in ["asin", "log1p", "erfinv", "exp2", "frac", "logit"]])

# bool results
print(torch.isnan(i).dtype, torch.isclose(i, j).dtype, torch.logical_xor(i, j).dtype, (i > 5).dtype)

# integer division semantics matter for remainder/fmod of negatives
neg = torch.tensor([-7, 7])
print(neg // 2, neg % 2, torch.fmod(neg, 2), torch.div(neg, 2, rounding_mode="trunc"), torch.div(neg, 2, rounding_mode="floor"))

# in-place on an int tensor keeps int: only int-valued ops are allowed
k = torch.tensor([-3, 4])
k.abs_(); print(k, k.dtype)
k.clamp_max_(3); print(k)
k.floor_(); print(k, k.dtype)
try:
    k.sqrt_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2]).exp_()
except RuntimeError as e:
    print("RuntimeError:", e)
