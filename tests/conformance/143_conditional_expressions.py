import torch
x = torch.tensor([-1.0, 2.0])
vals = [v.item() if v > 0 else 0.0 for v in x]
print(vals)
print("yes" if x.sum() > 0 else "no", 1 < 2 < 3, 3 > 2 > 5, not [], [] or "default")
print(1 if None is None else 2, x is x, x is not None)
