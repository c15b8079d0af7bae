import torch
import torch.nn as nn

class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Scale(nn.Module):
    def forward(self, x):
        return 2 * x

d = Dog()
print(isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(isinstance(3, (int, float)), isinstance(True, int), isinstance(3.0, int))
print(isinstance("s", (list, tuple)), isinstance([1], (list, tuple)))
print(isinstance(None, type(None)), isinstance(d, (int, str, Animal)))

def describe(m):
    if isinstance(m, (nn.Linear, Scale)):
        return "weighted"
    elif isinstance(m, nn.Module):
        return "module"
    return "other"
for m in [nn.Linear(2, 2), Scale(), nn.ReLU(), torch.zeros(1), 5]:
    print(type(m).__name__, describe(m))
print(isinstance(torch.zeros(1), torch.Tensor), isinstance(nn.Linear(1, 1).weight, (torch.Tensor, int)))
