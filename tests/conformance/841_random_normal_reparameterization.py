import torch

# A VAE-style sample: torch.normal(mu, sigma) records a node, but in PyTorch 1.13 its gradient is
# zero; the reparameterization trick mu + sigma * eps is what trains.
torch.manual_seed(0)
mu = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
log_sigma = torch.tensor([0.0, -0.7, 0.7], requires_grad=True)
sigma = log_sigma.exp()

z = torch.normal(mu, sigma)
print(z, z.grad_fn.name())
(z ** 2).sum().backward()
print(mu.grad, log_sigma.grad)

mu.grad = None
log_sigma.grad = None
eps = torch.randn(3)
sigma = log_sigma.exp()
z = mu + sigma * eps
(z ** 2).sum().backward()
print(z, mu.grad, log_sigma.grad)

# the other two overloads
sigma = log_sigma.exp()
a = torch.normal(mu, 0.3)
b = torch.normal(0.0, sigma)
print(a.grad_fn.name(), b.grad_fn.name(), b.grad_fn.next_functions[0][0].name())
(a.sum() + b.sum()).backward()
print(mu.grad, log_sigma.grad)
with torch.no_grad():
    print(torch.normal(mu, sigma).requires_grad)
