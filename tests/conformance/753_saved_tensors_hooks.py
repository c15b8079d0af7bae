# A memory-saving post: torch.autograd.graph.saved_tensors_hooks sees every tensor autograd
# saves (pack) and hands it back in backward (unpack); save_on_cpu; nested hooks.
import torch
def pack(t):
    print("pack", tuple(t.shape), t.requires_grad)
    return t.clone()
def unpack(t):
    print("unpack", tuple(t.shape))
    return t
x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([3., 4.], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    z = x * y
    w = z.pow(2)
    print("forward done")
w.sum().backward()
print(x.grad, y.grad)
with torch.autograd.graph.saved_tensors_hooks(lambda t: t * 0, lambda t: t):
    q = x * y
q.sum().backward(); print(x.grad)
with torch.autograd.graph.save_on_cpu():
    r = (x * y).sum()
r.backward(); print(x.grad)
print(torch.autograd.graph.saved_tensors_hooks, torch.autograd.graph.save_on_cpu)
x2 = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    s = x2.sin()
    with torch.autograd.graph.saved_tensors_hooks(lambda t: ("outer", t), lambda p: p[1]):
        c = x2.cos()
c.sum().backward(retain_graph=True); c.sum().backward(); print(x2.grad)
s.sum().backward(); print(x2.grad)
