import torch

torch.manual_seed(0)
# waiting times of a Poisson process with rate 2.5
waits = torch.empty(8).exponential_(2.5)
print(waits)
print(waits.cumsum(0))
print(torch.empty(5, dtype=torch.float64).exponential_(3.0).tolist())
print(torch.empty(20).exponential_())
print(torch.empty(3).exponential_(lambd=0.5).tolist())

# number of trials to the first success
torch.manual_seed(1)
print(torch.empty(10).geometric_(0.3))
print(torch.empty(10, dtype=torch.int64).geometric_(0.37))
print(torch.empty(4, dtype=torch.float64).geometric_(0.05).tolist())

# heavy tails
torch.manual_seed(2)
print(torch.empty(6).cauchy_())
print(torch.empty(6, dtype=torch.float64).cauchy_(0.3, 1.3).tolist())
print(torch.empty(2, 10).cauchy_(median=-1.0, sigma=0.1))

# log-normal prices: exp(N(mean, std)), sharing the normal cache with randn
torch.manual_seed(3)
prices = torch.empty(7).log_normal_(0.0, 0.25) * 100
print(prices)
print(torch.empty(5, dtype=torch.float64).log_normal_(0.2, 0.7).tolist())
print(torch.randn(1, dtype=torch.float64).tolist())
print(torch.empty(3).log_normal_())

# uniform_ with bounds, as nn.init does
torch.manual_seed(4)
bound = 1 / 3 ** 0.5
print(torch.empty(4, 3).uniform_(-bound, bound))
print(torch.empty(5, dtype=torch.float64).uniform_(-0.7, 1.9).tolist())
print(torch.empty(3).uniform_(2.0, 2.0), torch.rand(3, dtype=torch.float64).tolist())

# non-contiguous targets fill in memory order
a = torch.empty(4, 3)
a.t().exponential_()
print(a)

g = torch.Generator().manual_seed(5)
print(torch.empty(4).exponential_(generator=g), torch.empty(4).geometric_(0.5, generator=g))
print(torch.empty(4).cauchy_(generator=g), torch.empty(4).log_normal_(generator=g))
