# The mm family at full precision, float32 and float64: shapes whose columns fill whole vectors,
# leave a remainder of 1-3, or are narrower than a vector; odd row counts; transposed operands
# (PyTorch hands them to BLAS as they are); addmm's bias in both of sgemm's orders; bmm and
# batched matmul; the backward of mm, whose gradients are mm of transposes.
import torch

torch.manual_seed(0)


def randn(*shape, dtype):
    # float64 operands drawn in float32: randn's float64 path goes through the C library's
    # log/cos/sin, which this test is not about.
    return torch.randn(*shape).to(dtype)


def digest(t):
    # float64 sums of the exact float32 values, plain and weighted by position: one changed last
    # bit anywhere moves them.
    d = t.double().flatten()
    w = torch.arange(d.numel(), dtype=torch.float64) % 7 + 1
    return [d.sum().item(), (d * w).sum().item(), t.flatten()[:3].tolist(), t.flatten()[-2:].tolist()]


shapes = [(1, 1, 1), (2, 3, 4), (3, 5, 7), (5, 7, 3), (7, 1, 9), (4, 16, 16), (9, 33, 17),
          (64, 100, 10), (1, 1000, 100), (3, 2, 35), (16, 64, 100), (31, 8, 21), (2, 0, 5)]
for dtype in [torch.float32, torch.float64]:
    for n, m, p in shapes:
        a = randn(n, m, dtype=dtype)
        b = randn(m, p, dtype=dtype)
        at = randn(m, n, dtype=dtype)
        bt = randn(p, m, dtype=dtype)
        print(dtype, (n, m, p), digest(a @ b), digest(at.t().mm(b)), digest(a.mm(bt.t())),
              digest(torch.matmul(at.t(), bt.t())))
    bias = randn(9, 17, dtype=dtype)
    row = randn(17, dtype=dtype)
    a = randn(9, 33, dtype=dtype)
    b = randn(33, 17, dtype=dtype)
    bt = randn(17, 33, dtype=dtype)
    print("addmm", digest(torch.addmm(bias, a, b)), digest(torch.addmm(bias, a, bt.t())),
          digest(torch.addmm(row, a, b, beta=0.5, alpha=2.0)), digest(torch.nn.functional.linear(a, bt, row)))
    x = randn(4, 6, 19, dtype=dtype)
    y = randn(4, 19, 13, dtype=dtype)
    print("bmm", digest(torch.bmm(x, y)), digest(x @ y[0]), digest(torch.matmul(x, y.transpose(1, 2).transpose(1, 2))))

# mm's backward: grad_a = g @ b.t(), grad_b = a.t() @ g
a = torch.randn(37, 45, requires_grad=True)
b = torch.randn(45, 23, requires_grad=True)
g = torch.randn(37, 23)
(a.mm(b) * g).sum().backward()
print("grads", digest(a.grad), digest(b.grad))

# addmm's beta and alpha: alpha enters each product through one operand (3.0 is inexact, so the
# operand matters), beta scales the bias first; also with a single output column.
bias = torch.randn(6, 7, requires_grad=True)
m1 = torch.randn(6, 11, requires_grad=True)
m2 = torch.randn(11, 7, requires_grad=True)
out = torch.addmm(bias, m1, m2, beta=0.3, alpha=3.0)
print(out.grad_fn, digest(out))
(out * torch.randn(6, 7)).sum().backward()
print(digest(bias.grad), digest(m1.grad), digest(m2.grad))
print(digest(torch.addmm(bias[:, :1], m1, m2[:, :1], beta=0.3, alpha=3.0)))
print(digest(torch.addmm(torch.full((6, 7), float("nan")), m1, m2, beta=0)))
print(digest(torch.addmm(bias, m1, torch.randn(7, 11).t(), alpha=3.0, beta=0.3)))
