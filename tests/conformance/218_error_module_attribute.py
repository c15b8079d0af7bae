import torch
import torch.nn as nn

layer = nn.Linear(2, 2)
print(hasattr(layer, "weight"), hasattr(layer, "foo"))
try:
    layer.foo
except AttributeError as e:
    print("caught:", e)
model = nn.Sequential(nn.Linear(2, 2))
try:
    model.fc
except AttributeError as e:
    print("caught:", e)
print(getattr(layer, "foo", "default"))
layer.foo
