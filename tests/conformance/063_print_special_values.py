import torch
print(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5]))
print(torch.tensor([-0.0, 0.0, 1.0]))
print(torch.tensor([0.0, 0.0]), torch.tensor(float('nan')), torch.tensor([float('inf')]))
print(torch.tensor([1, -20, 300]), torch.tensor([True, False]))
