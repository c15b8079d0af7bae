# A "JVPs through a tiny MLP" notebook: matmul/mm/mv, reductions, views and indexing carry their
# tangents, then the directional derivative of a hand-written MLP loss is checked against backward.
import torch
import torch.autograd.forward_ad as fwAD

A = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
dA = torch.tensor([[1., 0.], [0., 0.], [0., 1.]])
b = torch.tensor([1., -1.])
with fwAD.dual_level():
    Ad = fwAD.make_dual(A, dA)
    print(Ad @ b, torch.mv(Ad, b), Ad.sum(), Ad.mean(), Ad.sum(dim=0), sep="\n")
    print(torch.mm(Ad, Ad.t()))
    print(Ad.t(), Ad.transpose(0, 1).shape, Ad.reshape(2, 3), Ad.view(-1), sep="\n")
    print(Ad[0], Ad[:, 1], Ad[1:, 0], Ad[-1, -1], sep="\n")
    print(torch.cat([Ad, A], dim=1))
    print(torch.stack([Ad[0], b]))
    print(Ad.flatten().unsqueeze(0).squeeze(0).norm(), Ad.max(), Ad.amax(dim=1))

torch.manual_seed(0)
X = torch.randn(4, 3)
Y = torch.tensor([[1.], [0.], [1.], [0.]])
W1, b1 = torch.randn(3, 5) * 0.5, torch.zeros(5)
W2, b2 = torch.randn(5, 1) * 0.5, torch.zeros(1)
V = torch.randn(3, 5)                            # direction in W1-space

def loss_fn(W1):
    h = torch.tanh(X @ W1 + b1)
    p = torch.sigmoid(h @ W2 + b2)
    return ((p - Y) ** 2).mean()

with fwAD.dual_level():
    loss, dloss = fwAD.unpack_dual(loss_fn(fwAD.make_dual(W1, V)))
print(f"loss {loss.item():.6f}  directional derivative {dloss.item():.6f}")
W = W1.clone().requires_grad_()
loss_fn(W).backward()
print(f"backward grad . V = {(W.grad * V).sum().item():.6f}")
print(torch.allclose(dloss, (W.grad * V).sum()))
