# Switching the whole session to double precision, as numerical-analysis notebooks do before
# checking gradients: what each factory makes, how Python floats mix with float32 tensors, and
# which dtype suffix the printer shows once float64 is the default.
import torch

print(torch.get_default_dtype())
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.get_default_dtype().is_floating_point)

# factories follow the default for floating results only
print(torch.tensor([1.0, 2.5]), torch.tensor([1.0]).dtype)
print(torch.tensor([1, 2]), torch.tensor([True]), torch.tensor(3.0))
print(torch.zeros(2), torch.ones(2, 2).dtype, torch.empty(3).dtype)
print(torch.arange(0., 1., .25), torch.arange(4), torch.arange(0, 1, 0.5).dtype)
print(torch.linspace(0, 1, 5), torch.linspace(-1, 1, 3).dtype)
print(torch.full((2,), 1.5), torch.full((2,), 3), torch.full((1,), True))
print(torch.Tensor([1, 2]), torch.Tensor(2).shape, torch.FloatTensor([1.5]))
print(torch.tensor([0.1, 0.2]).sum().item(), (torch.tensor(0.1) + torch.tensor(0.2)).item())

# random numbers: float64 uniforms take 53 bits, so they differ from the float32 stream
torch.manual_seed(0)
u = torch.rand(4)
print(u.dtype, u.tolist())
torch.manual_seed(0)
print(torch.rand(4, dtype=torch.float32).tolist())
torch.manual_seed(0)
print(torch.randn(3), torch.randn(2, 2).dtype)
torch.manual_seed(0)
print(torch.empty(3).uniform_(-1, 1).tolist())

# float32 tensors now print their dtype; float64 ones do not
x32 = torch.tensor([1.5, -2.0], dtype=torch.float32)
print(x32, torch.tensor([1.5], dtype=torch.float64), torch.zeros(0, dtype=torch.float32))
print(x32 * 2.5, (x32 * 2.5).dtype)
print((x32 + torch.tensor(1.0)).dtype, (x32 + torch.tensor([1.0])).dtype)
print(torch.arange(3) * 0.5, torch.arange(3) / 2, (torch.arange(3) + 1).dtype)
print(torch.tensor([1, 2]).float().dtype, torch.tensor([1, 2]).double().dtype, torch.tensor([1, 2]).to(torch.get_default_dtype()))
print(torch.tensor([1e-10, 1.0]), torch.tensor([float("inf"), -0.0]))
print(torch.tensor([1 / 3], dtype=torch.float32).item(), torch.tensor([1 / 3]).item())
print(torch.tensor([2, 3]).mean(dtype=torch.get_default_dtype()), torch.tensor([1, 4]).sqrt())

# autograd in float64: leaves and gradients stay double
w = torch.tensor([0.5, -1.5], requires_grad=True)
loss = (w * w * 3.0).sum() + w.prod()
loss.backward()
print(loss.item(), w.grad, w.grad.dtype)

# and back to the usual float32 default
torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.tensor([1.0]).dtype, torch.arange(0., 1., .25))
print(torch.tensor([1.5], dtype=torch.float64), (torch.arange(2) * 0.5).dtype)
