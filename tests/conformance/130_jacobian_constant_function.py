import torch
from torch.autograd.functional import jacobian
print(jacobian(lambda x: torch.ones(2), torch.tensor([1.0, 2.0, 3.0])))
