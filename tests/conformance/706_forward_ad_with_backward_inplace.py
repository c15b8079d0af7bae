# A "forward meets reverse" post: a dual whose primal requires grad, backward through a forward-AD
# computation, in-place ops on duals, .detach(), and no_grad (which does not switch forward AD off).
import torch
import torch.autograd.forward_ad as fwAD

w = torch.tensor([1., 2., 3.], requires_grad=True)
with fwAD.dual_level():
    d = fwAD.make_dual(w, torch.tensor([1., 0., 0.]))
    print(d, d.requires_grad, d.is_leaf)
    loss = (d ** 2).sum()
    print(loss.requires_grad, fwAD.unpack_dual(loss).tangent.detach())
    loss.backward()
    print("w.grad", w.grad)
    with torch.no_grad():
        z = d * 3
    print("no_grad", z, z.requires_grad)
    dt = d.detach()
    print("detach", dt, fwAD.unpack_dual(dt).tangent, dt.requires_grad)

    t = torch.tensor([1., 1., 1.])
    x = fwAD.make_dual(torch.tensor([1., 2., 3.]), t)
    x.mul_(2)
    print("x.mul_(2)", x, "user's tangent:", t)
    y = torch.tensor([10., 10., 10.])
    y.add_(x)                                      # a plain tensor becomes dual
    print("y.add_(x)", y, y.requires_grad)
    y.sin_()
    print("y.sin_()", y)
    x.fill_(4.)
    print("x.fill_", x)
    m = fwAD.make_dual(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[10., 20.], [30., 40.]]))
    row_t = fwAD.unpack_dual(m[0]).tangent
    row_t.zero_()                                  # the tangent of a view is a view of the tangent
    print(m)
    m[1] = torch.tensor([7., 7.])
    print(m)
    base = torch.zeros(2, 3)
    base[0] = fwAD.make_dual(torch.tensor([1., 2., 3.]), torch.tensor([1., 1., 1.]))
    print(base)
