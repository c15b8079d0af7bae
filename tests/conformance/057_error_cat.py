import torch
print(torch.cat([torch.ones(1, 3), torch.ones(1, 2)]))
