# Sample covariance and correlation as used to inspect features (rows are variables, columns
# observations), with Bessel's correction, frequency and analytic weights, and gradients.
import torch

data = torch.tensor([[2.1, 2.5, 3.6, 4.0, 5.2],
                     [8.0, 10.0, 12.0, 14.5, 17.0],
                     [1.0, 0.5, 0.8, 0.2, -0.1]], requires_grad=True)
c = torch.cov(data)
print(c, c.grad_fn.name())
print(torch.cov(data, correction=0), torch.cov(data, correction=2).diagonal())
fw = torch.tensor([1, 2, 1, 1, 3])
aw = torch.tensor([0.5, 1.0, 1.0, 2.0, 0.25])
print(torch.cov(data, fweights=fw))
print(torch.cov(data, aweights=aw))
print(torch.cov(data, fweights=fw, aweights=aw, correction=0))
print(torch.cov(data, fweights=fw, aweights=aw))

# the composite's gradient: d sum(cov) / d data
c.sum().backward()
print(data.grad)
data.grad = None
torch.cov(data, aweights=aw)[0, 1].backward()
print(data.grad)

# a single variable gives a 0-dim variance; integer data is promoted
v = torch.tensor([1.0, 2.0, 4.0, 7.0])
print(torch.cov(v), torch.cov(v).shape, v.var(), torch.cov(v, correction=0))
print(torch.cov(torch.tensor([[1, 2, 3], [3, 1, 2]])), data.detach().cov(correction=0).shape)

# correlation matrix: cov scaled by the standard deviations, clipped to [-1, 1]
r = torch.corrcoef(data)
print(r, r.grad_fn.name())
print(torch.corrcoef(torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 2.0, 1.0]])))
print(torch.corrcoef(torch.tensor([[1, 2, 4], [4, 2, 1]])), data.detach().corrcoef().diagonal())
print(torch.corrcoef(torch.tensor([1.0, 3.0, 2.0])), torch.corrcoef(torch.tensor([[1.0, 1.0, 1.0], [1.0, 2.0, 3.0]])))
data.grad = None
r[0, 2].backward()
print(data.grad)

# double precision keeps more digits of the same numbers
d64 = data.detach().double()
print(torch.cov(d64).dtype, torch.cov(d64)[0].tolist())
