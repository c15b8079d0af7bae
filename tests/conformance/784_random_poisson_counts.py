import torch

# event counts per hour for a few rates: below 10 the product-of-uniforms method,
# from 10 on the transformed rejection method
torch.manual_seed(0)
rates = torch.tensor([0.0, 0.5, 1.0, 3.0, 9.5, 10.0, 25.0, 100.0])
counts = torch.poisson(rates)
print(counts, counts.dtype)
print(torch.poisson(rates.double()).tolist())

# a grid of rates, as in a Poisson regression simulation (identity link)
torch.manual_seed(1)
x = torch.linspace(-1, 1, 20)
lam = 2.5 + 2.0 * x  # a linear rate model
y = torch.poisson(lam)
print(lam)
print(y)
print(y.sum(), y.mean())

# large rates and a 2-D tensor of rates
torch.manual_seed(2)
print(torch.poisson(torch.full((2, 6), 40.0)))
print(torch.poisson(torch.tensor([1e3, 1e4, 12.5, 0.01], dtype=torch.float64)).tolist())
print(torch.poisson(torch.rand(3, 4) * 30))

# photon-count noise on an "image"
torch.manual_seed(3)
image = torch.rand(4, 4) * 8
noisy = torch.poisson(image)
print(image)
print(noisy)
print(torch.rand(2).tolist())

g = torch.Generator().manual_seed(4)
print(torch.poisson(torch.tensor([4.0, 30.0, 0.2]), generator=g))
print(torch.poisson(torch.tensor([4.0, 30.0, 0.2]), g))
