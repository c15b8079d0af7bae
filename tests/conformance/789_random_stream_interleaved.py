import torch

# one seeded stream through many samplers: each must draw exactly as many words as PyTorch's
torch.manual_seed(2024)
log = []
log.append(("randn(5)", torch.randn(5, dtype=torch.float64).tolist()))
log.append(("rand(3)", torch.rand(3).tolist()))
log.append(("randn(1) takes the cache", torch.randn(1, dtype=torch.float64).tolist()))
log.append(("randint", torch.randint(0, 1000, (4,)).tolist()))
log.append(("bernoulli f32 p", torch.bernoulli(torch.full((5,), 0.5)).tolist()))
log.append(("bernoulli_(0.5)", torch.zeros(5).bernoulli_(0.5).tolist()))
log.append(("multinomial replacement", torch.multinomial(torch.tensor([0.1, 0.6, 0.3]), 6, True).tolist()))
log.append(("multinomial race", torch.multinomial(torch.tensor([0.1, 0.6, 0.3, 0.2]), 2).tolist()))
log.append(("exponential_", torch.empty(3, dtype=torch.float64).exponential_(1.5).tolist()))
log.append(("poisson", torch.poisson(torch.tensor([2.0, 15.0, 0.0, 50.0])).tolist()))
log.append(("randperm", torch.randperm(8).tolist()))
log.append(("normal batched", torch.normal(1.0, 2.0, size=(17,)).tolist()))
log.append(("log_normal_ (one Box-Muller pair)", torch.empty(2, dtype=torch.float64).log_normal_(0.0, 1.0).tolist()))
log.append(("cauchy_", torch.empty(2, dtype=torch.float64).cauchy_().tolist()))
log.append(("geometric_", torch.empty(4).geometric_(0.2).tolist()))
log.append(("uniform_", torch.empty(3, dtype=torch.float64).uniform_(-1, 1).tolist()))
log.append(("random_", torch.empty(2, dtype=torch.int64).random_().tolist()))
log.append(("randn 2-D float64 row 1", torch.randn(4, 5, dtype=torch.float64)[1].tolist()))
for name, values in log:
    print(name, values)

# the same program with a Generator of its own leaves the default stream alone
g = torch.Generator().manual_seed(2024)
mine = torch.randn(5, dtype=torch.float64, generator=g).tolist()
print(mine == log[0][1])
print(torch.rand(3, generator=g).tolist() == log[1][1])
print(torch.randn(1, dtype=torch.float64, generator=g).tolist() == log[2][1])
print(torch.rand(2))
