# A gradient-check style setup: make every new parameter double precision, fit a tiny linear
# model with SGD and print the losses exactly; then the legacy set_default_tensor_type spellings
# and the errors for non-floating defaults.
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
torch.manual_seed(0)
model = nn.Linear(3, 1)
print(model.weight.dtype, model.bias.dtype)
print(model.weight.tolist(), model.bias.tolist())

x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [-1.0, 0.0, 1.0], [2.0, 1.0, 0.0]])
y = x @ torch.tensor([[0.5], [-1.0], [2.0]]) + 0.25
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for step in range(6):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(loss.grad_fn.name(), model.weight.grad.dtype, model.weight.grad.tolist())
print(model(torch.tensor([[1.0, 1.0, 1.0]])).dtype)
# a float32 input no longer matches the double weights
try:
    model(torch.ones(1, 3, dtype=torch.float32))
except Exception as e:
    print(type(e).__name__ + ":", e)

# the legacy tensor-type spellings move the default too
torch.set_default_tensor_type(torch.FloatTensor)
print(torch.get_default_dtype(), torch.tensor([1.0]).dtype, torch.Tensor([1]).type())
torch.set_default_tensor_type("torch.DoubleTensor")
print(torch.get_default_dtype(), torch.tensor([1.0]).dtype, torch.Tensor([1]).type())
print(torch.zeros(2).type(), torch.zeros(2, dtype=torch.float32).type(), torch.zeros(2, dtype=torch.int64).type())

for bad in [torch.int64, torch.bool]:
    try:
        torch.set_default_dtype(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [torch.LongTensor, "torch.LongTensor", torch.float64]:
    try:
        torch.set_default_tensor_type(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(torch.get_default_dtype())

torch.set_default_dtype(torch.float32)
torch.manual_seed(0)
model32 = nn.Linear(3, 1)
print(model32.weight.dtype, model32.weight.tolist())
print(torch.get_default_dtype(), torch.Tensor([1]).type())
