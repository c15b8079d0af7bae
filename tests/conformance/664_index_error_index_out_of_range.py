# Out-of-range and mismatched indices: the errors index_select, take and [] raise.
import torch

x = torch.arange(12.0).reshape(3, 4)
print(x[:, torch.tensor([3, -1])], x.take(torch.tensor([11])))
for label, fn in [("x[:, [4]]", lambda: x[:, torch.tensor([4])]),
                  ("x[[3]]", lambda: x[torch.tensor([3])]),
                  ("rows/cols broadcast", lambda: x[torch.tensor([0, 1]), torch.tensor([0, 1, 2])]),
                  ("mask length", lambda: x[:, torch.tensor([True, False])]),
                  ("float index", lambda: x[torch.tensor([1.0])]),
                  ("take", lambda: x.take(torch.tensor([12]))),
                  ("index_select 2-D index", lambda: x.index_select(0, torch.tensor([[1]]))),
                  ("assign shape", lambda: x.clone().__setitem__((slice(None), torch.tensor([0, 1])), torch.ones(2, 2)))]:
    try:
        fn()
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)
vocab = torch.arange(10.0).reshape(5, 2)
ids = torch.tensor([0, 4, 5])
emb = vocab.index_select(0, ids)
