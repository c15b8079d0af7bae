# chunk, split and tensor_split: three ways to cut a tensor, all returning views.
import torch

x = torch.arange(10)
print(x.chunk(3))
print(torch.chunk(x, 4))
print(torch.chunk(x, 20))
print(x.split(4))
print(torch.split(x, [2, 3, 5]))
print(x.split([1, 9], dim=0))
print(torch.tensor_split(x, 3))
print(x.tensor_split(4))
print(torch.tensor_split(x, [2, 7]))
print(torch.tensor_split(x, (3, 3, 12)))
print(torch.tensor_split(x, torch.tensor([1, 5])))

m = torch.arange(12.0).reshape(3, 4)
for piece in m.chunk(2, dim=1):
    print(piece.shape, piece)
print([p.shape for p in torch.split(m, [1, 2], dim=0)])
print([p.shape for p in m.tensor_split(3, dim=1)])
print(type(m.chunk(2)), len(m.split(1)))

# the pieces are views of the original
buf = torch.zeros(6)
a, b = buf.chunk(2)
b.fill_(1.0)
c, d = buf.split([4, 2])
c[0] = 9.0
print(buf)

# gradients flow back to the right slice of the source
w = torch.arange(1.0, 9.0, requires_grad=True)
p, q = w.split([3, 5])
print(type(p.grad_fn).__name__, type(q.grad_fn).__name__)
(p * 2).sum().backward()
print(w.grad)
w.grad = None
u, v = torch.chunk(w, 2)
print(type(u.grad_fn).__name__)
(u * v).sum().backward()
print(w.grad)
w.grad = None
pieces = torch.tensor_split(w, [1, 4])
print([type(t.grad_fn).__name__ for t in pieces])
(pieces[0] * 10 + pieces[2].sum()).sum().backward()
print(w.grad)
