# Type-promotion queries as library code uses them to pick an output or accumulator dtype
# before computing: result_type on tensors and Python scalars, promote_types, can_cast.
import torch

f32 = torch.ones(2)
f64 = torch.ones(2, dtype=torch.float64)
i64 = torch.ones(2, dtype=torch.int64)
b = torch.ones(2, dtype=torch.bool)
pairs = [(f32, f64), (f32, i64), (i64, b), (b, b), (f64, b)]
for x, y in pairs:
    print(x.dtype, y.dtype, torch.result_type(x, y), (x + y).dtype)

# Python scalars only matter when they are of a higher category than the tensor
for x, s in [(i64, 2.5), (f32, 2.5), (b, 3), (b, 2.5), (i64, True), (f64, 2), (b, False)]:
    print(x.dtype, type(s).__name__, torch.result_type(x, s), torch.result_type(s, x), (x * s).dtype)
print(torch.result_type(2, 3.0), torch.result_type(3, True), torch.result_type(True, False), torch.result_type(1.5, 2.5))

# zero-dim tensors act like scalars within a category but not across one
s64, si, sb = torch.tensor(1.0, dtype=torch.float64), torch.tensor(3), torch.tensor(True)
print(torch.result_type(f32, s64), torch.result_type(i64, s64), torch.result_type(si, f32), torch.result_type(b, si), torch.result_type(sb, si))
print(torch.result_type(s64, 1), torch.result_type(si, 2.5), torch.result_type(s64, si))

# promote_types works on dtypes alone: no scalar or dimension rules
dts = [torch.bool, torch.int64, torch.float32, torch.float64]
for a in dts:
    print(a, [str(torch.promote_types(a, c)).replace("torch.", "") for c in dts])
print(type(torch.promote_types(torch.int64, torch.float32)).__name__, torch.promote_types(torch.float64, torch.float64))

# can_cast: is the cast allowed under the "same_kind" rule?
for a in dts:
    print(a, [torch.can_cast(a, c) for c in dts])

# picking an accumulator the way reductions do
def safe_mean(t):
    acc = torch.promote_types(t.dtype, torch.get_default_dtype())
    return t.to(acc).sum() / t.numel()
print(safe_mean(torch.tensor([1, 2, 4])), safe_mean(torch.tensor([True, False, True, True])), safe_mean(f64))
torch.set_default_dtype(torch.float64)
print(torch.result_type(i64, 2.5), torch.result_type(2, 3.0), torch.promote_types(torch.int64, torch.float32), safe_mean(torch.tensor([1, 2])))
torch.set_default_dtype(torch.float32)
out = torch.empty(2, dtype=torch.int64)
print(torch.can_cast(torch.result_type(i64, 0.5), out.dtype))
