# float16 and bfloat16 on the CPU: how values round when stored, how they print, and the
# arithmetic that works (results are rounded back to the narrow type after every op).
import torch

vals = [0.1, 1 / 3, 2.5, 1000.7, 65504.0, 70000.0, 1e-5, 1e-8, -0.0, 3.14159]
h = torch.tensor(vals, dtype=torch.float16)
bf = torch.tensor(vals, dtype=torch.bfloat16)
print(h)
print(bf)
print(h.tolist())
print(bf.tolist())
print(torch.tensor(vals).half().float().tolist() == h.float().tolist(), torch.tensor(vals).bfloat16().tolist() == bf.tolist())

# round to nearest, ties to even: halfway between 1 and the next float16 (1 + 2**-10)
ties = torch.tensor([1 + 2**-11, 1 + 3 * 2**-11, 1 + 5 * 2**-11, 2049.0, 2051.0, 2053.0])
print(ties.half().tolist(), (ties.half() - ties).tolist())
print(torch.tensor([1 + 2**-8, 1 + 3 * 2**-8, 257.0, 259.0]).bfloat16().tolist())
print(torch.tensor([65519.0, 65520.0, -65520.0, 6e-8, 2.9e-8, 3e-8]).half().tolist())
print(torch.tensor([float("nan"), float("inf"), 3.4e38, -3.39e38]).bfloat16().tolist(), torch.tensor([3.4e38]).half())

# printing: scalars, 2-D, wide values, scientific notation
print(torch.tensor(2.5, dtype=torch.half), torch.tensor(-1 / 3, dtype=torch.bfloat16), torch.tensor(1.0, dtype=torch.half).item())
print(torch.tensor([[1.0, 2.5], [100.0, -7.25]], dtype=torch.float16))
print(torch.tensor([[1e4, 1.0], [0.001, 3.0]], dtype=torch.bfloat16))
print(torch.arange(0, 1, 0.125, dtype=torch.half), torch.linspace(0, 1, 5, dtype=torch.bfloat16))
print(torch.zeros(2, 2, dtype=torch.half), torch.ones(3, dtype=torch.bfloat16), torch.full((2,), 0.1, dtype=torch.half))
print(torch.empty(3, dtype=torch.bfloat16).fill_(1.1), torch.HalfTensor([0.5, 0.25]), torch.BFloat16Tensor([1.5]))
for dt in [torch.float16, torch.bfloat16]:
    fi = torch.finfo(dt)
    print(dt, fi.eps, fi.max, fi.tiny, fi.bits, fi.resolution, torch.zeros(1, dtype=dt).element_size(), dt.is_floating_point)
print(h.type(), bf.type(), h.dtype == torch.half, torch.float16, torch.half, torch.bfloat16)

# arithmetic that works on the CPU
a = torch.tensor([1.5, -2.25, 1000.0, 0.1], dtype=torch.half)
b = torch.tensor([0.5, 4.0, 0.3, 3.0], dtype=torch.half)
print(a + b, a - b, a * b, a / b)
print(a.abs(), -a, a.sign(), a ** 2, a.max(), a.min(), a.argmax(), a.sort())
print(a.sum(), a.mean(), a.sum().dtype, a.max(0), torch.maximum(a, b))
print((a == b), a > 0, torch.where(a > 0, a, b), a.masked_fill(a < 0, 0), torch.cat([a, b]).dtype)
print((a * 1000).tolist(), (a + 65000).tolist(), torch.tensor([2048.0], dtype=torch.half) + 1)

# sums accumulate in float32 and round once at the end
tenth = torch.full((1000,), 0.1, dtype=torch.half)
print(tenth.sum(), tenth.sum().item(), tenth.float().sum(), torch.full((5000,), 1.0, dtype=torch.bfloat16).sum())
acc = torch.tensor(0.0, dtype=torch.half)
for _ in range(3000):
    acc = acc + torch.tensor(1.0, dtype=torch.half)
print(acc, torch.ones(3000, dtype=torch.half).sum())

c = torch.tensor([1.1, 2.2, 3.3], dtype=torch.bfloat16)
d = torch.tensor([0.5, 0.25, 8.0], dtype=torch.bfloat16)
print(c + d, c * d, c / d, c.exp(), c.sqrt(), c.mean(), c.cumsum(0), c.topk(2))
print(a.half() + c.float()[0].half(), (a.float() + c.float().sum()).dtype)
print((a[:3] + c).dtype, (a[:3] + c), (a * 2).dtype, (c * 2.5).dtype, (a + torch.tensor([1], dtype=torch.int32)).dtype)
print((a + torch.tensor(1.0)).dtype, (a + torch.tensor([1.0])).dtype, (c + torch.tensor(1.0, dtype=torch.float64)).dtype)
