# The autograd two-layer network of "Learning PyTorch with Examples" at its published size
# (64 x 1000 -> 100 -> 10), the first 30 steps, every loss at full float32 precision: matmuls in
# the reference BLAS's order, sums in ATen's cascade order.
import torch

torch.manual_seed(0)
batch, d_in, hidden, d_out = 64, 1000, 100, 10
x = torch.randn(batch, d_in)
y = torch.randn(batch, d_out)
w1 = torch.randn(d_in, hidden, requires_grad=True)
w2 = torch.randn(hidden, d_out, requires_grad=True)
lr = 1e-6
for t in range(30):
    y_pred = x.mm(w1).clamp(min=0).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    if t % 3 == 0:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        w1 -= lr * w1.grad
        w2 -= lr * w2.grad
        w1.grad.zero_()
        w2.grad.zero_()
print(w1.sum().item(), w2.abs().max().item())
