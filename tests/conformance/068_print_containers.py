import torch
x = torch.tensor([1.0, 2.0])
print([x, x * 2])
print((x, 3, "s"))
print({"t": x})
print(x, x.sum(), sep=" | ")
print(repr(x), str(x))
