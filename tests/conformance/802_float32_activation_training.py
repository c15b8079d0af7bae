# A small tanh/sigmoid network trained in float32, its losses printed at full precision: every
# last digit depends on SLEEF's exp and tanh and on the fused 1 - y*y in tanh's backward.
import torch

torch.manual_seed(0)
x = torch.randn(200, 3)
y = (torch.sin(3 * x[:, :1]) + torch.cos(2 * x[:, 1:2]) * x[:, 2:]).tanh()
w1 = (torch.randn(3, 32) * 0.5).requires_grad_()
b1 = torch.zeros(32, requires_grad=True)
w2 = (torch.randn(32, 1) * 0.5).requires_grad_()
for step in range(60):
    h = torch.tanh(x @ w1 + b1)
    out = torch.sigmoid(h @ w2) * 2 - 1
    loss = ((out - y) ** 2).mean() + 1e-3 * torch.exp(-w1.abs()).sum()
    loss.backward()
    with torch.no_grad():
        for p in (w1, b1, w2):
            p -= 0.5 * p.grad
            p.grad.zero_()
    if step % 10 == 0:
        print(step, loss.item())
print(torch.log(torch.sigmoid(h @ w2)).sum().item())
