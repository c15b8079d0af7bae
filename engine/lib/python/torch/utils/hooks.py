# torch.utils.hooks.RemovableHandle: what every register_*hook returns; remove() takes the hook
# out again (also as a context manager).


class RemovableHandle:
    next_id = 0

    def __init__(self, hooks_dict):
        # The dict holding the hook under this handle's id, or, for hooks the engine holds
        # (Tensor.register_hook, grad_fn.register_hook), the function that removes it.
        self.hooks_dict = hooks_dict
        self.id = RemovableHandle.next_id
        RemovableHandle.next_id += 1

    def remove(self):
        if callable(self.hooks_dict):
            self.hooks_dict()
        elif self.id in self.hooks_dict:
            del self.hooks_dict[self.id]

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.remove()
