# The *_as helpers take another tensor's shape; unflatten and broadcast_to/broadcast_tensors.
import torch

src = torch.arange(6.0)
like23 = torch.empty(2, 3)
print(src.view_as(like23))
print(src.reshape_as(like23.t()))
print(torch.tensor([[1.0], [2.0]]).expand_as(like23))
col = torch.tensor([[1.0], [2.0]])
e = col.expand_as(like23)
print(e.stride(), e.is_contiguous())

x = torch.arange(24).reshape(2, 12)
print(x.unflatten(1, (3, 4)).shape, torch.unflatten(x, 1, (2, -1, 2)).shape)
print(x.unflatten(-1, (4, 3))[1, 2])
print(x.flatten().unflatten(0, (2, 3, 4)).shape)

print(torch.broadcast_to(torch.tensor([1, 2, 3]), (2, 3)))
print(torch.tensor([1, 2, 3]).broadcast_to(2, 1, 3).shape)
a, b = torch.broadcast_tensors(torch.arange(3).reshape(3, 1), torch.arange(2))
print(a, b, sep="\n")
p, q, r = torch.broadcast_tensors(torch.zeros(2, 1, 1), torch.ones(3, 1), torch.tensor(7.0))
print(p.shape, q.shape, r.shape, r[1, 2, 0])
print(torch.broadcast_shapes((2, 1), (1, 3), (3,)))

# views share storage with the source
buf = torch.zeros(6)
buf.view_as(like23)[1, 0] = 4.0
buf.unflatten(0, (3, 2))[2, 1] = 8.0
print(buf)

# grads: expand/broadcast sum back, view_as/unflatten just reshape
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
g = torch.tensor([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]])
y = v.expand_as(g)
print(type(y.grad_fn).__name__)
(y * g).sum().backward()
print(v.grad)
v.grad = None
bt, _ = torch.broadcast_tensors(v, g)
print(type(bt.grad_fn).__name__, type(torch.broadcast_to(v, (2, 3)).grad_fn).__name__)
(bt * g).sum().backward()
print(v.grad)
v.grad = None
u = v.unflatten(0, (3, 1))
print(type(u.grad_fn).__name__, type(v.view_as(u).grad_fn).__name__, type(v.reshape_as(u).grad_fn).__name__)
(u * torch.tensor([[2.0], [4.0], [8.0]])).sum().backward()
print(v.grad)
