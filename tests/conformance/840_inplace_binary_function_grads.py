import torch

# In-place forms of two- and three-operand functions: the other operands get their gradients too.
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = torch.tensor([1.5, 0.25, -0.5], requires_grad=True)
w = torch.tensor([0.2, 0.7, 0.9], requires_grad=True)

a = x * 1
a.lerp_(y, w)
print(a)
a.sum().backward()
print(x.grad, y.grad, w.grad)

for name in ["atan2_", "hypot_", "fmod_", "copysign_", "xlogy_", "logaddexp"]:
    x.grad = None
    y.grad = None
    b = x * 2
    if name == "logaddexp":
        b = torch.logaddexp(b, y)
    else:
        getattr(b, name)(y.abs() if name == "xlogy_" else y)
    print(name, b, b.grad_fn.name())
    (b * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
    print(x.grad, y.grad)

# a Python number as the other operand is not an input of the node
c = x * 1
c.lerp_(y, 0.25)
c.copysign_(-1.0)
print(c, c.grad_fn.name(), c.grad_fn.next_functions[0][0].name())
