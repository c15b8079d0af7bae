# chunk / split / tensor_split / narrow arguments that PyTorch rejects.
import torch

x = torch.arange(6)
print(x.split([2, 4]), x.chunk(4), x.split(10))
for label, fn in [("chunk(0)", lambda: x.chunk(0)),
                  ("split(0)", lambda: x.split(0)),
                  ("tensor_split(0)", lambda: torch.tensor_split(x, 0)),
                  ("narrow past the end", lambda: x.narrow(0, 4, 3)),
                  ("chunk dim", lambda: x.chunk(2, dim=1))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
# split sizes must add up to the dimension
train, val = torch.split(x, [4, 3])
