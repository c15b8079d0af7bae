import torch
from torch.autograd.functional import vjp
try:
    vjp(lambda x: x * 2, torch.ones(3), torch.ones(2))
except RuntimeError as e:
    print(e)
