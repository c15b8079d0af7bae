# torch.autograd.function: the custom-Function names tutorials import from here. Function itself
# and its ctx (FunctionCtx) are native (lib/native/autograd_function.cpp).
import functools
import torch

Function = torch.autograd.Function
FunctionCtx = torch.autograd._FunctionCtx

__all__ = ["Function", "FunctionCtx", "once_differentiable"]


def once_differentiable(fn):
    """Marks a backward as not differentiable: it runs without recording, so create_graph gives
    gradients without history (PyTorch then also raises on a second differentiation; here the
    result simply does not require grad when its inputs do not)."""
    @functools.wraps(fn)
    def wrapper(ctx, *args):
        with torch.no_grad():
            return fn(ctx, *args)
    return wrapper
