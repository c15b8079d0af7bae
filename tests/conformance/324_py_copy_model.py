import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
clone = copy.deepcopy(model)
same = model
print(clone)
print(torch.equal(model.weight, clone.weight), model.weight is clone.weight)
with torch.no_grad():
    clone.weight.fill_(1.0)
    clone.bias.zero_()
print(model.weight)
print(clone.weight)
print(clone.bias)
print(same is model, clone.weight.requires_grad, type(clone.weight).__name__)
x = torch.tensor([[1.0, 2.0]])
print(clone(x))
shallow = copy.copy(model)
print(shallow.weight is model.weight)
