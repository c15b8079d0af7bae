import torch

# d2l's dropout_layer: keep with probability 1 - p, scale the survivors
def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return torch.zeros_like(X)
    if dropout == 0:
        return X
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)

torch.manual_seed(0)
X = torch.arange(16, dtype=torch.float32).reshape((2, 8))
print(dropout_layer(X, 0.))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.))

# the same by hand with bernoulli: a keep-mask of probability 1 - p
def bernoulli_dropout(x, p):
    keep = torch.full_like(x, 1 - p)
    return x * torch.bernoulli(keep) / (1 - p)

torch.manual_seed(1)
h = torch.randn(3, 6)
print(bernoulli_dropout(h, 0.3))
print(bernoulli_dropout(h, 0.3))

# torch.bernoulli(p) with float32 and float64 probabilities, small and large
torch.manual_seed(2)
p = torch.rand(4, 5)
print(torch.bernoulli(p))
print(torch.bernoulli(p.double()))
print(torch.bernoulli(torch.tensor([0.0, 1.0, 0.5, 0.25])))
print(torch.bernoulli(p, 0.3), torch.bernoulli(p, p=0.9).dtype)
print(torch.bernoulli(torch.full((40,), 0.5)).sum())

# in place: a float probability, a probability tensor (broadcast), other dtypes
torch.manual_seed(3)
print(torch.zeros(10).bernoulli_(0.2))
print(torch.empty(2, 4, dtype=torch.float64).bernoulli_(0.75))
print(torch.zeros(3, 4).bernoulli_(torch.tensor([0.1, 0.5, 0.9, 1.0])))
print(torch.zeros(6, dtype=torch.int64).bernoulli_(0.5))
print(torch.zeros(6, dtype=torch.bool).bernoulli_(torch.full((6,), 0.5)))
print(torch.empty(5).bernoulli_())
m = torch.empty(4, 3).t()
m.bernoulli_(torch.rand(3, 4))
print(m)

# a Bernoulli mixture: pick the component with a coin, then sample from it
torch.manual_seed(4)
coin = torch.bernoulli(torch.full((12,), 0.3)).bool()
samples = torch.where(coin, torch.normal(5.0, 1.0, size=(12,)), torch.normal(-5.0, 1.0, size=(12,)))
print(coin)
print(samples.tolist())
g = torch.Generator().manual_seed(7)
print(torch.bernoulli(torch.full((8,), 0.5), generator=g))
print(torch.zeros(8).bernoulli_(0.5, generator=g))
