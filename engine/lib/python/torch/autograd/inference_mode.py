# torch.inference_mode: like no_grad, and what is created inside is an inference tensor, which
# autograd refuses to save later. The mode itself is native (torch._set_inference_mode).
import torch


class inference_mode:
    """Context manager and decorator: inference mode on (mode=True) or off for a block."""
    __module__ = "torch.autograd.grad_mode"

    def __init__(self, mode=True):
        self.mode = mode

    def __enter__(self):
        self._previous = torch._set_inference_mode(self.mode)

    def __exit__(self, exc_type, exc_value, traceback):
        inference, grad = self._previous
        torch._set_inference_mode(inference, grad)

    def __call__(self, func):
        mode = self.mode

        def decorate_context(*args, **kwargs):
            with inference_mode(mode):
                return func(*args, **kwargs)
        return decorate_context

    def clone(self):
        return self.__class__(self.mode)
