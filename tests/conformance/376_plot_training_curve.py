# A tutorial's training loop that plots its loss curve and a fitted line; what it prints must be
# matplotlib's (the pictures themselves are checked by the browser tests).
import torch
import torch.nn as nn
import matplotlib.pyplot as plt

torch.manual_seed(0)
x = torch.linspace(0, 1, 20).unsqueeze(1)
y = 2 * x + 1 + 0.1 * torch.randn(20, 1)
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(30):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
print(f"final loss {losses[-1]:.6f}")

fig = plt.figure(figsize=(10, 4))
print(fig)
ax1 = fig.add_subplot(1, 2, 1)
lines = ax1.plot(losses, label='train loss')
print(type(lines).__name__, len(lines), lines[0].get_label())
ax1.set_xlabel('epoch')
ax1.set_ylabel('MSE')
ax1.set_title('Loss')
ax1.legend()
print(ax1.get_title(), ax1.get_xlabel(), ax1.get_ylabel())
ax2 = fig.add_subplot(122)
ax2.scatter(x.squeeze(), y.squeeze(), label='data')
with torch.no_grad():
    ax2.plot(x, model(x), 'r-', label='fit')
ax2.legend()
print(fig, len(fig.axes))
plt.tight_layout()
plt.savefig('fit.png') if False else None
plt.show()

fig, axes = plt.subplots(2, 2, figsize=(6, 6))
print(fig, type(axes).__name__, axes.shape)
for i, ax in enumerate(axes.flat):
    ax.plot([0, 1], [0, i])
bars = axes[0, 1].bar(['a', 'b', 'c'], [3, 1, 2])
print(bars, len(bars))
plt.close('all')

try:
    w = torch.ones(3, requires_grad=True)
    plt.plot(w * 2)
except RuntimeError as e:
    print('RuntimeError:', e)
for fmt in ['r--o', 'g^', 'k:', 'C2-.']:
    plt.plot([1, 2, 3], fmt)
try:
    plt.plot([1, 2], [1, 2, 3])
except ValueError as e:
    print('ValueError:', e)
plt.close()
