import torch
a = torch.tensor([1.0, 4.0, 9.0])
print(torch.sqrt(a), torch.exp(torch.zeros(2)), torch.log(torch.tensor([1.0])), torch.abs(-a))
print(torch.sum(a), torch.mean(a), torch.max(a), torch.min(a), torch.matmul(a, a))
print(torch.equal(a, a.clone()), torch.allclose(a, a + 1e-9), torch.is_tensor(a), torch.numel(a))
print(torch.ones(2, 2).sum(), torch.full((2, 2), 7).dtype, torch.arange(3).float() / 2)
