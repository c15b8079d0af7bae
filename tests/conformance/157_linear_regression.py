import torch
torch.manual_seed(2)
X = torch.linspace(0, 1, 20).unsqueeze(1)
Y = 3 * X + 0.5
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(200):
    pred = X * w + b
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
    w.grad.zero_()
    b.grad.zero_()
print(f"w={w.item():.3f} b={b.item():.3f} loss={loss.item():.6f}")
