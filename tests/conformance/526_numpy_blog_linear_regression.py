import numpy as np
import torch

# Synthetic data: y = 2x - 1 plus a little noise
np.random.seed(0)
X_np = np.random.rand(20, 1) * 4
noise = np.random.randn(20, 1) * 0.1
y_np = 2 * X_np - 1 + noise
print("X shape:", X_np.shape, X_np.dtype)
print("first rows:\n", np.hstack([X_np, y_np])[:3])
print("y mean/std:", y_np.mean(), y_np.std())

X = torch.from_numpy(X_np).float()
y = torch.from_numpy(y_np).float()
print(X.dtype, X.shape, X[:2])

w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.05
for step in range(60):
    pred = X @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step % 10 == 0:
        print(f"step {step:2d} loss {loss.item():.4f}")

print("w:", w, "b:", b)
w_np = w.detach().numpy()
b_np = b.detach().numpy()
print("numpy w:", w_np, w_np.dtype, "b:", b_np)
print("rounded:", np.round(w_np.ravel(), 2), np.round(b_np, 2))

# closed-form answer with numpy for comparison
xm, ym = X_np.mean(), y_np.mean()
slope = ((X_np - xm) * (y_np - ym)).sum() / ((X_np - xm) ** 2).sum()
intercept = ym - slope * xm
print("closed form:", round(slope, 4), round(intercept, 4))
with torch.no_grad():
    final = ((X @ w + b - y) ** 2).mean()
print("final loss:", final.item() < 0.2, final.numpy().dtype)
test = np.array([[0.0], [1.0], [2.0]], dtype=np.float32)
with torch.no_grad():
    out = (torch.from_numpy(test) @ w + b).numpy()
print(out)
print(out.ravel().tolist() == [float(v) for v in out.ravel()])
