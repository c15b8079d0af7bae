import torch
import torch.nn as nn

torch.manual_seed(11)
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, stride=2),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(),
    nn.Linear(16, 4),
)
shapes = []
def record(module, inputs, output):
    shapes.append((type(module).__name__, tuple(inputs[0].shape), tuple(output.shape)))

handles = []
for name, layer in model.named_children():
    handles.append(layer.register_forward_hook(record))
out = model(torch.randn(2, 3, 16, 16))
for entry in shapes:
    print(entry)
print(out.shape)
for h in handles:
    h.remove()
shapes.clear()
model(torch.randn(1, 3, 12, 12))
print(len(shapes))

features = {}
def keep(name):
    def hook(module, inp, out):
        features[name] = out.detach()
    return hook
model[0].register_forward_hook(keep("conv1"))
model[3].register_forward_hook(keep("conv2"))
model(torch.ones(1, 3, 8, 8))
print(sorted(features.keys()))
print(features["conv1"].shape, features["conv2"].shape)
print(features["conv2"].requires_grad)
