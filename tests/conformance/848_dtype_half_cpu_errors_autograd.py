# Half precision on the CPU in PyTorch 1.13: many kernels exist only for float32/float64/bfloat16,
# so float16 code often fails with "... not implemented for 'Half'". Autograd through a half leaf
# works as long as every op on the way has a Half kernel.
import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0], [2.0, 0.25]], dtype=torch.float16)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float16)
tests = [
    ("exp", lambda t: t.exp()), ("log", lambda t: t.abs().log()), ("sin", lambda t: t.sin()),
    ("tanh", lambda t: torch.tanh(t)), ("sigmoid", lambda t: torch.sigmoid(t)), ("relu", lambda t: F.relu(t)),
    ("sqrt", lambda t: t.abs().sqrt()), ("clamp", lambda t: t.clamp(0, 1)), ("floor", lambda t: t.floor()),
    ("mm", lambda t: torch.mm(t, w.to(t.dtype))), ("matmul", lambda t: t @ w.to(t.dtype)),
    ("softmax", lambda t: torch.softmax(t, dim=1)), ("prod", lambda t: t.prod()),
    ("cumsum", lambda t: t.cumsum(0)), ("topk", lambda t: t.flatten().topk(2).values),
    ("linear", lambda t: F.linear(t, w.to(t.dtype))), ("pow", lambda t: t.pow(3)),
    ("sort", lambda t: t.sort(dim=1).values), ("mean", lambda t: t.mean(dim=0)),
]
for name, fn in tests:
    for t in [x, x.bfloat16()]:
        try:
            r = fn(t)
            print(f"{name:8s} {str(t.dtype):15s} ok", r.dtype, r.float().tolist())
        except RuntimeError as e:
            print(f"{name:8s} {str(t.dtype):15s}", type(e).__name__, e)

# the usual workaround: compute in float32, store in half
y = torch.mm(x.float(), w.float()).half()
print(y, y.dtype, torch.softmax(x.float(), 1).half())

# autograd through float16 / bfloat16 leaves
for dt in [torch.float16, torch.bfloat16]:
    a = torch.tensor([1.0, 2.0, 3.0], dtype=dt, requires_grad=True)
    b = torch.tensor([0.5, -1.5, 2.0], dtype=dt, requires_grad=True)
    loss = (a * b).sum() + (a * a).sum()
    loss.backward()
    print(dt, loss, a.grad, b.grad, a.grad.dtype, type(loss.grad_fn).__name__)
    c = torch.tensor([0.1, 0.2, 0.3], dtype=dt, requires_grad=True)
    (c * 3.0 - c / 7.0).abs().sum().backward()
    print(c.grad, c.is_leaf, c.grad.dtype)
    try:
        d = torch.tensor([0.1, 0.2], dtype=dt, requires_grad=True)
        d.exp().sum().backward()
        print("exp backward", d.grad)
    except RuntimeError as e:
        print("exp backward", type(e).__name__, e)

# gradients of a half leaf used with a float32 tensor come back as half
p = torch.tensor([2.0, 4.0], dtype=torch.half, requires_grad=True)
q = torch.tensor([0.5, 0.25])
out = (p * q).sum()
out.backward()
print(out.dtype, p.grad, p.grad.dtype)
r = p.float()
(r * r).sum().backward()
print(p.grad, type(r.grad_fn).__name__)

# integer tensors cannot require grad
for dt in [torch.int32, torch.uint8, torch.int16]:
    try:
        torch.zeros(2, dtype=dt).requires_grad_()
    except RuntimeError as e:
        print(dt, type(e).__name__, e)
try:
    torch.tensor([1, 2], dtype=torch.int32, requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.tensor([1.0], dtype=torch.half, requires_grad=True).int().requires_grad)
