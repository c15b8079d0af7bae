# baddbmm and addmv with beta/alpha on random float32 data: the last digits follow ATen's small
# baddbmm kernel (beta * self first, then the alpha-scaled products), cpublas gemm for larger
# matrices, and gemv's two loop orders for a row-major or a transposed matrix.
import torch

torch.manual_seed(0)
for (B, n, m, p) in [(2, 3, 4, 5), (2, 8, 9, 7), (3, 16, 12, 10)]:
    bias = torch.randn(B, n, p)
    batch1, batch2 = torch.randn(B, n, m), torch.randn(B, m, p)
    for beta, alpha in [(1, 1), (0.5, 2.0), (0.3, -1.7), (0, 1.3)]:
        out = torch.baddbmm(bias, batch1, batch2, beta=beta, alpha=alpha)
        print((B, n, m, p), beta, alpha, out.sum().item(), out[0, 0].tolist())
        row = torch.baddbmm(bias[:, :1], batch1, batch2.transpose(1, 2).contiguous().transpose(1, 2), beta=beta, alpha=alpha)
        print(row.flatten()[:6].tolist())

for (n, m) in [(3, 4), (17, 33), (40, 30)]:
    y, A, x = torch.randn(n), torch.randn(n, m), torch.randn(m)
    for beta, alpha in [(1, 1), (0.5, 2.0), (0.3, -1.7), (0, 1.3)]:
        print((n, m), beta, alpha, torch.addmv(y, A, x, beta=beta, alpha=alpha).tolist())
        print(torch.addmv(y, A.t().contiguous().t(), x, beta=beta, alpha=alpha).tolist())
        print(torch.addmv(torch.tensor(0.5), A, x, beta=beta, alpha=alpha).tolist()[:3])

# integers, beta=0 ignoring a NaN input, a 0-d input, an input of another dtype
print(torch.addmv(torch.tensor([1, 2]), torch.tensor([[1, 2], [3, 4]]), torch.tensor([1, 1]), beta=2, alpha=3))
print(torch.addmv(torch.tensor([float('nan'), 1.0]), torch.ones(2, 2), torch.ones(2), beta=0))
print(torch.baddbmm(torch.tensor(float('nan')), torch.ones(1, 2, 2), torch.ones(1, 2, 2), beta=0))
print(torch.baddbmm(torch.tensor(1.0), torch.ones(1, 2, 2), torch.ones(1, 2, 2)))
print(torch.addmv(torch.ones(2, dtype=torch.float64), torch.ones(2, 2), torch.ones(2)).dtype)

# attention-style scores with a scaled product and the gradients of all three operands
q = torch.randn(2, 4, 3, requires_grad=True)
k = torch.randn(2, 3, 4, requires_grad=True)
mask = torch.randn(2, 4, 4, requires_grad=True)
scores = torch.baddbmm(mask, q, k, beta=1.0, alpha=3 ** -0.5)
scores.softmax(-1)[..., 0].sum().backward()
print(scores.grad_fn.name(), q.grad, k.grad, mask.grad, sep="\n")
W = torch.randn(3, 5, requires_grad=True)
v = torch.randn(5, requires_grad=True)
b = torch.randn(3, requires_grad=True)
h = torch.addmv(b, W, v, beta=0.5, alpha=2.0)
(h ** 2).sum().backward()
print(h.grad_fn.name(), W.grad, v.grad, b.grad, sep="\n")

for label, fn in [("addmv 2-D input", lambda: torch.addmv(torch.ones(2, 1), torch.ones(2, 2), torch.ones(2))),
                  ("addmv size", lambda: torch.addmv(torch.ones(3), torch.ones(2, 2), torch.ones(2))),
                  ("addmv dtypes", lambda: torch.addmv(torch.ones(2), torch.ones(2, 2), torch.ones(2, dtype=torch.float64)))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", e)
