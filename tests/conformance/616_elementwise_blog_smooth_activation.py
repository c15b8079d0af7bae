# "Build your own activation and loss from elementwise ops" -- a blog-style walk-through.
import torch

def softplus(x):
    # numerically stable softplus: max(x, 0) + log1p(exp(-|x|))
    return torch.clamp_min(x, 0) + torch.log1p(torch.exp(-torch.abs(x)))

def huber(pred, target, delta=1.0):
    err = pred - target
    small = torch.abs(err) <= delta
    return torch.where(small, 0.5 * err ** 2, delta * (torch.abs(err) - 0.5 * delta)).mean()

def smooth_clip(x, lo=-2.0, hi=2.0):
    return torch.clamp(x, lo, hi) + 0.01 * torch.tanh(x)

z = torch.tensor([-30.0, -1.0, 0.0, 1.0, 30.0], requires_grad=True)
sp = softplus(z)
print("softplus", sp)
print("reference", torch.nn.functional.softplus(z.detach()))
sp.sum().backward()
print("d softplus (at 0: clamp_min passes 1, abs gives 0)", z.grad)
print("sigmoid  ", torch.sigmoid(z.detach()))

# a tiny regression: y = softplus(w * x + b), fitted with Huber loss and manual SGD
torch.manual_seed(0)
x = torch.linspace(-2, 2, 8).unsqueeze(1)
y_true = torch.log1p(torch.exp(1.5 * x - 0.5)) + 0.05 * torch.randn(8, 1)
w = torch.tensor([[0.1]], requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.5
for step in range(6):
    pred = softplus(x @ w + b)
    loss = huber(pred, y_true, delta=0.5)
    loss.backward()
    print(f"step {step}: loss={loss.item():.4f} dw={w.grad.item():.4f} db={b.grad.item():.4f}")
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(f"w={w.item():.3f} b={b.item():.3f}")
print(loss.grad_fn, type(pred.grad_fn).__name__)

# gradient of the Huber loss on both branches, and of smooth_clip at and beyond the bounds
p = torch.tensor([0.0, 0.2, 3.0, -2.0], requires_grad=True)
t = torch.tensor([0.0, 0.0, 0.0, 0.0])
l = huber(p, t, delta=1.0)
l.backward()
print(l, p.grad)
c = torch.tensor([-3.0, -2.0, 0.5, 2.0, 3.0], requires_grad=True)
out = smooth_clip(c)
out.sum().backward()
print(out, c.grad)
