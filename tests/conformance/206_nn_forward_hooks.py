import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))

def show_shape(module, inputs, output):
    print("forward hook:", type(module).__name__, inputs[0].shape, output.shape)

def pre(module, inputs):
    print("pre hook:", type(module).__name__, len(inputs), inputs[0].shape)

handles = [m.register_forward_hook(show_shape) for m in model]
h_pre = model[0].register_forward_pre_hook(pre)
x = torch.randn(5, 4)
out = model(x)
print(out.shape)
for h in handles:
    h.remove()
h_pre.remove()
print("after remove")
out = model(x)
print(out.shape)

activations = {}
def save(name):
    def hook(module, inp, out):
        activations[name] = out.detach()
    return hook
model[1].register_forward_hook(save("relu"))
model(torch.tensor([[1.0, 2.0, -1.0, 0.5]]))
print(activations["relu"])
def double_output(module, inp, out):
    return out * 2
model[2].register_forward_hook(double_output)
print(model(torch.tensor([[1.0, 2.0, -1.0, 0.5]])))
