import torch
print(torch.dot(torch.ones(3), torch.ones(4)))
