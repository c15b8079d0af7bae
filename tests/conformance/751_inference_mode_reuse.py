# A serving-code post: run a model under torch.inference_mode (context and decorator), then try
# to reuse its outputs in training, the errors PyTorch gives, and clone() as the way out.
import torch
x = torch.ones(2, requires_grad=True)
with torch.inference_mode():
    y = x * 2
    print(y, y.requires_grad, y.is_inference(), torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    with torch.inference_mode(False):
        print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
        z = y * 3; print(z.is_inference(), z.requires_grad)
print(x.is_inference(), torch.is_inference_mode_enabled())
try: (y * x).sum().backward()
except Exception as e: print(type(e).__name__, e)
try: y.add_(1)
except Exception as e: print(type(e).__name__, e)
w = y.clone(); print(w.is_inference())
@torch.inference_mode()
def f(a): return a * 2
print(f(x), f(x).is_inference())
print(type(torch.inference_mode()).__name__)
try:
    v = y.view(2); print(v.is_inference())
    y2 = y + x; print(y2, y2.requires_grad)
except Exception as e: print(type(e).__name__, e)
with torch.no_grad():
    n = x*2
print(n.is_inference())
try: y.requires_grad_(True)
except Exception as e: print(type(e).__name__, e)
with torch.inference_mode():
    t = torch.zeros(2); t.add_(1); print(t)
    print(y.add_(1))
