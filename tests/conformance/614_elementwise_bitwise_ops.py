# bitwise_and/or/xor/not and the operators & | ^ ~ << >> on int64 and bool tensors.
import torch

a = torch.tensor([12, 10, -1, 0, 255])
b = torch.tensor([10, 6, 5, 7, 15])
print("and", torch.bitwise_and(a, b), a & b)
print("or ", torch.bitwise_or(a, b), a | b)
print("xor", torch.bitwise_xor(a, b), a ^ b)
print("not", torch.bitwise_not(a), ~a)
print("methods", a.bitwise_and(b), a.bitwise_or(b), a.bitwise_xor(b), a.bitwise_not(), sep="\n")

# with Python ints on either side
print(a & 3, 3 & a, a | 1, 1 | a, a ^ 255, 255 ^ a)
# shifts: negative numbers shift arithmetically
s = torch.tensor([1, 3, -8, 100])
print("<<", s << 2, torch.bitwise_left_shift(s, 1), s << torch.tensor([0, 1, 2, 3]))
print(">>", s >> 1, torch.bitwise_right_shift(s, 2), s >> torch.tensor([0, 1, 2, 3]))
print(1 << torch.arange(5), 256 >> torch.arange(4))

# bool tensors: & | ^ ~ are logical, result stays bool
p = torch.tensor([True, True, False, False])
q = torch.tensor([True, False, True, False])
print(p & q, p | q, p ^ q, ~p)
print(torch.bitwise_not(p), torch.bitwise_and(p, q).dtype, (p & True), (p | False))
print((p & q).dtype, (p ^ q).dtype)

# bool combined with ints promotes to int64
print(p & torch.tensor([3, 3, 3, 3]), (p | torch.tensor([2, 2, 2, 2])).dtype)

# masks from comparisons combined with & and |  (the common idiom)
x = torch.tensor([-2.0, -0.5, 0.3, 1.5, 4.0])
m = (x > -1) & (x < 2)
print(m, x[m], x[(x < -1) | (x > 2)], x[~m])

# broadcasting
col = torch.tensor([[1], [2], [4]])
row = torch.tensor([1, 2, 3, 4, 5, 6, 7])
print((row & col) != 0)

# in-place operators and methods
v = torch.tensor([12, 10]); v &= 6; print(v)
v = torch.tensor([12, 10]); v |= 1; print(v)
v = torch.tensor([12, 10]); v ^= torch.tensor([15, 15]); print(v)
v = torch.tensor([12, 10]); v <<= 2; print(v)
v = torch.tensor([12, 10]); v >>= 1; print(v)
v = torch.tensor([12, 10]); v.bitwise_not_(); print(v)
v = torch.tensor([12, 10]); v.bitwise_and_(torch.tensor([4, 4])); print(v)
v = torch.tensor([12, 10]); v.bitwise_or_(3); print(v)
v = torch.tensor([12, 10]); v.bitwise_xor_(3); print(v)
bm = torch.tensor([True, False]); bm &= torch.tensor([True, True]); print(bm)
bm = torch.tensor([True, False]); bm |= torch.tensor([False, True]); print(bm)

# popcount of small numbers via shifts, written like a tutorial
n = torch.tensor([0, 1, 7, 8, 255, 1023])
count = torch.zeros_like(n)
for k in range(10):
    count += (n >> k) & 1
print(count)
