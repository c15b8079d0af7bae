import torch
from torch.autograd.functional import jacobian
W = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(jacobian(lambda v: W @ v, torch.tensor([1.0, -1.0])))
print(jacobian(lambda v: (v * v).sum(), torch.tensor([1.0, 2.0])))
