import torch
from torch.utils.data import DataLoader, TensorDataset, RandomSampler

X = torch.arange(20, dtype=torch.float32).reshape(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)

# default generator: each epoch draws a base seed at iter(loader), then the sampler draws a
# seed for a private Generator at the first batch and shuffles with randperm
torch.manual_seed(0)
loader = DataLoader(ds, batch_size=4, shuffle=True)
for epoch in range(3):
    print(epoch, [yb.tolist() for _, yb in loader])
print(torch.rand(2))

# randomness inside the loop (dropout, noise) moves the default generator: the next epoch changes
torch.manual_seed(0)
for epoch in range(2):
    order = []
    for xb, yb in loader:
        noisy = xb + 0.1 * torch.randn(xb.shape)
        order.append(yb.tolist())
    print(epoch, order, noisy[0].tolist())

# a loader generator: base seed and both randperms come from it; the default is untouched
g = torch.Generator().manual_seed(5)
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
torch.manual_seed(1)
for epoch in range(3):
    print(epoch, [yb.tolist() for _, yb in loader])
print(torch.rand(2))

# drop_last, and leaving an epoch early (the sampler's trailing randperm is not drawn)
g = torch.Generator().manual_seed(6)
loader = DataLoader(ds, batch_size=3, shuffle=True, generator=g, drop_last=True)
print([yb.tolist() for _, yb in loader])
for _, yb in loader:
    print("first batch only", yb.tolist())
    break
print([yb.tolist() for _, yb in loader])

# RandomSampler on its own, with replacement and num_samples
torch.manual_seed(2)
print(list(RandomSampler(range(7))))
print(list(RandomSampler(range(7), replacement=True, num_samples=12)))
print(list(RandomSampler(range(5), num_samples=12)))
sg = torch.Generator().manual_seed(3)
print(list(RandomSampler(range(6), generator=sg)), list(RandomSampler(range(6), generator=sg)))
print(list(RandomSampler(range(4), replacement=True, num_samples=40, generator=sg)))

# the training loop of a published example: shuffled minibatches of a linear model
torch.manual_seed(42)
features = torch.randn(16, 3)
targets = features @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.05 * torch.randn(16, 1)
loader = DataLoader(TensorDataset(features, targets), batch_size=5, shuffle=True)
w = torch.zeros(3, 1, requires_grad=True)
for epoch in range(3):
    for xb, yb in loader:
        loss = ((xb @ w - yb) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.1 * w.grad
            w.grad.zero_()
    print(epoch, loss.item())
print(w.detach().flatten().tolist())
