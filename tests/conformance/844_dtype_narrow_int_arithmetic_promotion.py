# Arithmetic on narrow integer tensors: which dtype comes out when dtypes are mixed (with each
# other, with Python numbers, with 0-dim tensors), and where integer overflow wraps.
import torch

a = torch.tensor([7, -7, 100], dtype=torch.int32)
b = torch.tensor([2, 3, -3])                     # int64
u = torch.tensor([250, 5, 128], dtype=torch.uint8)
c = torch.tensor([10, -10, 127], dtype=torch.int8)
s = torch.tensor([300, -2, 7], dtype=torch.int16)

print(a + b, (a + b).dtype, (a * 2).dtype, (a + 2**40).dtype)
print(a * 1.5, (a * 1.5).dtype, a + True, (u + True).dtype)
print(u + c, (u + c).dtype, u + s, (c * s).dtype, (u * u).dtype)
print(a + torch.tensor(5), (a + torch.tensor(5)).dtype, (u + torch.tensor(5)).dtype, (u + torch.tensor([5])).dtype)
print((c + torch.tensor(1.0, dtype=torch.float64)).dtype, (u + torch.tensor([1.0], dtype=torch.float64)).dtype)
print((a + torch.tensor([1], dtype=torch.int16)).dtype, (u + torch.tensor(1, dtype=torch.int8)).dtype)

# overflow wraps instead of saturating
print(u + 10, u * 2, torch.tensor([0], dtype=torch.uint8) - 1)
print(c + 100, c * 3, torch.tensor([-128], dtype=torch.int8).abs(), -torch.tensor([-128], dtype=torch.int8))
big = torch.tensor([2147483647, -2147483648], dtype=torch.int32)
print(big + 1, big - 1, big * 2, big.abs(), -big)
print(torch.tensor([200], dtype=torch.int16) * 200, torch.tensor([32767], dtype=torch.int16) + 1)

# division: true division always gives float, floor division and remainder keep the dtype
print(a / b, (a / b).dtype, a / 2, (u / 2).dtype, (c / c).dtype)
print(a // b, a % b, a // 2, a % 3, torch.remainder(c, 4), torch.fmod(c, 4))
print(torch.div(a, b, rounding_mode="trunc"), torch.div(a, b, rounding_mode="floor"), torch.div(u, 3, rounding_mode="floor").dtype)
print(u // 7, u % 7, (u // 7).dtype, (a // 2.5).dtype, a // 2.5)
try:
    print(a // torch.zeros(3, dtype=torch.int32))
except RuntimeError as e:
    print(type(e).__name__, e)
print(a / torch.zeros(3, dtype=torch.int32))

# comparisons give bool whatever the operands; where picks a common dtype
print(a > 0, u >= 128, c == torch.tensor([10, 0, 127]), a < 2.5, (u != 5).dtype)
print(torch.where(a > 0, a, b), torch.where(a > 0, a, b).dtype, torch.where(u > 100, u, c).dtype)
print(torch.where(a > 0, a, 0), torch.where(u > 100, u, 0).dtype, torch.where(a > 0, a, 0.5))
print(torch.maximum(a, b).dtype, torch.minimum(u, c), torch.max(u, c.to(torch.uint8)))

# clamp, abs, neg, sign, pow stay in the integer dtype
print(a.clamp(-5, 5), a.clamp(min=0), u.clamp(max=100), c.clamp(0, 50).dtype)
print(a.clamp(0.5, 5.5), a.clamp(0.5, 5.5).dtype)
print(a.abs(), c.neg(), s.sign(), u.sign(), a ** 2, (u ** 2).dtype, (a ** 0.5).dtype)
print(torch.tensor([2], dtype=torch.int32) ** 31, torch.tensor([3], dtype=torch.uint8) ** 6)

# in-place ops cannot change the dtype
x = torch.tensor([1, 2, 3], dtype=torch.int32)
x += 5
x *= 2
print(x, x.dtype)
x += b
print(x, x.dtype)
for name, fn in [("add_ 1.5", lambda: x.add_(1.5)), ("div_ 2", lambda: x.div_(2)),
                 ("uint8 sub_ int8", lambda: u.clone().sub_(c)), ("int8 add_ int32", lambda: c.clone().add_(a))]:
    try:
        print(name, fn())
    except RuntimeError as e:
        print(name, type(e).__name__, e)
u2 = u.clone(); u2 += 10; u2 *= 2
print(u2, x.mul_(True), x.float().add_(1.5))
