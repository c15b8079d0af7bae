import torch
x = torch.tensor([1.0])
print(type(x), type(x).__name__, isinstance(x, torch.Tensor))
print(type(3), type(2.5), type("s"), type([1]), type(None))
print(isinstance(3, int), isinstance(True, int), isinstance(2.0, (int, float)))
print(x.type(), torch.tensor([1]).type())
