# sigmoid and its inverse logit (with and without eps), expit alias, grads and in-place forms.
import torch

p = torch.tensor([0.0, 0.01, 0.25, 0.5, 0.75, 0.99, 1.0])
print("logit", torch.logit(p))
print("logit eps=0.05", torch.logit(p, eps=0.05))
print("method", p.logit(1e-6))
print("out of range", torch.logit(torch.tensor([-0.5, 1.5])), torch.logit(torch.tensor([-0.5, 1.5]), eps=0.1))
x = torch.tensor([-10.0, -2.0, 0.0, 1.5, 10.0])
s = torch.sigmoid(x)
print("sigmoid", s, x.sigmoid())
print("expit", torch.special.expit(x))
print("round trip", torch.logit(torch.sigmoid(torch.tensor([-2.0, 0.0, 1.5]))))
print("big", torch.sigmoid(torch.tensor([100.0, -100.0])), torch.special.logit(torch.tensor([0.5])))

# grads: logit' = 1/(p(1-p)); with eps the grad is 0 outside [eps, 1-eps]
q = torch.tensor([0.02, 0.2, 0.5, 0.9], requires_grad=True)
y = torch.logit(q)
y.sum().backward()
print(y.grad_fn, q.grad)
q.grad = None
y = torch.logit(q, eps=0.1)
print(y)
y.sum().backward()
print(type(y.grad_fn).__name__, q.grad)
q.grad = None
y = q.logit(eps=0.2)
y.sum().backward()
print("eps boundary", y, q.grad)
e = torch.tensor([0.0, 1.0], requires_grad=True)
torch.logit(e).sum().backward()
print("logit grad at 0 and 1", e.grad)

# sigmoid grad s(1-s), then logit(sigmoid(x)) has grad 1
r = torch.tensor([-3.0, 0.0, 2.0], requires_grad=True)
sg = torch.sigmoid(r)
sg.sum().backward()
print(sg.grad_fn, r.grad)
r.grad = None
torch.logit(torch.sigmoid(r)).sum().backward()
print(r.grad)

# float64, ints, in-place
d = torch.tensor([0.3, 0.6], dtype=torch.float64)
print(torch.logit(d), torch.logit(d, eps=0.35), torch.sigmoid(d))
print(torch.sigmoid(torch.tensor([0, 1, -1])), torch.logit(torch.tensor([0, 1])))
v = torch.tensor([0.2, 0.7]); v.logit_(); print(v)
v = torch.tensor([0.0, 0.7]); v.logit_(eps=0.25); print(v)
v = torch.tensor([0.2, 0.7]); torch.logit_(v); print(v)
v = torch.tensor([-1.0, 1.0]); v.sigmoid_(); print(v)
v = torch.tensor([-1.0, 1.0]); torch.sigmoid_(v); print(v)
