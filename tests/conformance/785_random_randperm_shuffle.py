import torch

# shuffle a dataset into minibatches with a Generator of its own
features = torch.arange(24, dtype=torch.float32).reshape(12, 2)
labels = torch.arange(12)
g = torch.Generator().manual_seed(0)

def data_iter(batch_size, features, labels, generator):
    n = len(features)
    indices = torch.randperm(n, generator=generator)
    for i in range(0, n, batch_size):
        batch = indices[i: min(i + batch_size, n)]
        yield features[batch], labels[batch]

for epoch in range(2):
    for X, y in data_iter(5, features, labels, g):
        print(epoch, y.tolist(), X[:, 0].tolist())

# the default generator: a train/validation split by permutation
torch.manual_seed(1)
perm = torch.randperm(20)
print(perm, perm.dtype)
train_idx, val_idx = perm[:15], perm[15:]
print(train_idx.sort().values, val_idx.sort().values)
print(torch.randperm(1), torch.randperm(0), torch.randperm(2))
print(torch.randperm(10, dtype=torch.float64))
print(torch.randperm(1000)[:10], torch.randperm(1000).sum())

# randint with dtype and generator; the int64 path above 2**32
torch.manual_seed(2)
print(torch.randint(0, 10, (3, 4)))
print(torch.randint(-5, 7, (8,), dtype=torch.float32))
print(torch.randint(3, 10, (6,), dtype=torch.int32))
print(torch.randint(2, (10,), dtype=torch.bool))
print(torch.randint(0, 2 ** 40, (3,)), torch.randint(-2 ** 33, 2 ** 33, (2,)))
h = torch.Generator().manual_seed(3)
print(torch.randint(100, (5,), generator=h), torch.randint(0, 100, (5,), generator=h))
print(torch.randint(low=1, high=7, size=(10,), generator=h))

# the _like variants with and without dtype=
torch.manual_seed(4)
ref64 = torch.zeros(2, 3, dtype=torch.float64)
ref32 = torch.zeros(4)
print(torch.rand_like(ref64))
print(torch.rand_like(ref64, dtype=torch.float32))
print(torch.randn_like(ref32, dtype=torch.float64).tolist())
print(torch.randint_like(ref32, 10))
print(torch.randint_like(ref64, -3, 3))
print(torch.randint_like(ref32, 0, 50, dtype=torch.int64))
print(torch.randn(3, dtype=torch.float64).tolist(), torch.rand(3, dtype=torch.float64).tolist())

# random_ : full int64 range (the DataLoader's seeds) and bounded forms
torch.manual_seed(5)
print(torch.empty((), dtype=torch.int64).random_().item())
print(torch.empty(3, dtype=torch.int64).random_(10), torch.empty(3).random_(2, 5))
print(torch.empty(4, dtype=torch.float64).random_().tolist())
