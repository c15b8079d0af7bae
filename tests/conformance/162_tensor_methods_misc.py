import torch
x = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
print(x.abs().max(), x.argmax(), x.argmin(dim=1), x.sum(dim=0, keepdim=True))
print(x.flatten(), x.t().contiguous().is_contiguous(), x.permute(1, 0), x.transpose(0, 1))
print(x.eq(4), x.ge(0).all(), x.lt(0).any(), torch.diag(torch.tensor([1.0, 2.0])))
print(x.clone().fill_(2), x.new_zeros(2), x.view(-1).shape, x.squeeze().shape, x.expand(2, 2).shape)
print(x.mean(), x.norm(), x.prod(), x.numel(), x.dim(), x.is_floating_point())
