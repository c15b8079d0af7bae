# gather/scatter need int64 indices with as many dims as the input; index_select takes int32 too.
import torch

x = torch.arange(6.0).reshape(2, 3)
print(x.gather(1, torch.tensor([[2], [0]])).flatten())
print(x.index_select(1, torch.tensor([2, 0], dtype=torch.int32)))
for label, fn in [("gather index out of range", lambda: x.gather(1, torch.tensor([[3]]))),
                  ("gather 1-D index", lambda: x.gather(1, torch.tensor([0, 1]))),
                  ("scatter int32 index", lambda: torch.zeros(3).scatter_(0, torch.tensor([1], dtype=torch.int32), 1.0)),
                  ("scatter src dtype", lambda: torch.zeros(3).scatter(0, torch.tensor([1]), torch.tensor([1]))),
                  ("scatter_ reduce", lambda: torch.zeros(3).scatter_(0, torch.tensor([1]), torch.tensor([1.0]), reduce="max")),
                  ("index_select float index", lambda: x.index_select(0, torch.tensor([1.0]))),
                  ("index_add_ dtype", lambda: torch.zeros(3).index_add_(0, torch.tensor([1]), torch.tensor([1])))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
# argmax gives int64, but the index was converted to int32 on the way
best = x.argmax(dim=1, keepdim=True).int()
print(best.dtype)
print(torch.gather(x, 1, best))
