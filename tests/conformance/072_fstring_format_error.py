import torch
v = torch.tensor([1.0, 2.0])
print(f"{v:.4f}")
