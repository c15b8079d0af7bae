import torch
t = torch.tensor(4.666666507720947)
print(f"{t}")
print(f"{t:.4f}")
v = torch.tensor([1.0, 2.0])
print(f"v = {v}")
print(f"{t.item()}", f"{v.sum():.1f}")
