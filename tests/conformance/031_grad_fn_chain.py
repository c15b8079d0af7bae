import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x.exp() * 2).sum()
print(y.grad_fn.name())
fn = y.grad_fn
while fn is not None:
    print(type(fn).__name__, len(fn.next_functions))
    fn = fn.next_functions[0][0] if fn.next_functions else None
