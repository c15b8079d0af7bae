import torch
x = torch.tensor([[0.1, 0.2], [0.3, 0.4]])
print(x.tolist())
print(x[0, 1].item(), torch.tensor(7).item(), torch.tensor(True).item())
print(x.sum().item())
print(type(x.sum().item()).__name__, type(torch.tensor(3).item()).__name__)
