# repeat needs at least one size per dim; expand/broadcast_to only grow size-1 dims.
import torch

x = torch.ones(2, 3)
print(x.repeat(1, 2).shape, x.repeat(2, 1, 1).shape, x[:1].expand(4, 3).shape)
for label, fn in [("expand non-singleton", lambda: x.expand(4, 3)),
                  ("expand fewer sizes", lambda: x.expand(3)),
                  ("broadcast_to", lambda: torch.ones(3).broadcast_to(2, 4)),
                  ("broadcast_tensors", lambda: torch.broadcast_tensors(torch.ones(2), torch.ones(3))),
                  ("movedim repeated", lambda: x.movedim((0, 0), (1, 0))),
                  ("flip repeated", lambda: x.flip(0, 0)),
                  ("roll mismatch", lambda: x.roll((1, 2), (0,))),
                  ("rot90 1-D", lambda: torch.ones(3).rot90()),
                  ("unflatten", lambda: torch.ones(6).unflatten(0, (4, -1))),
                  ("repeat_interleave", lambda: torch.ones(3).repeat_interleave(torch.tensor([1, 2]))),
                  ("expanded in-place", lambda: torch.zeros(1, 3).expand(2, 3).add_(1))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", e)
# tile would pad the sizes; repeat does not
y = x.repeat(2)
