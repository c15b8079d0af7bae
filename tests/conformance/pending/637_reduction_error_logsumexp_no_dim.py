# Common mistake: calling logsumexp like sum(), without the dim it reduces over.
import torch

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 3.0]])
print(torch.logsumexp(logits, dim=1))
print(torch.logsumexp(logits, dim=(0, 1)))
for label, fn in [("dim out of range", lambda: torch.logsumexp(logits, 2)),
                  ("cumsum without dim", lambda: logits.cumsum()),
                  ("repeated dim", lambda: logits.std(dim=(1, 1))),
                  ("max of empty", lambda: torch.tensor([]).max()),
                  ("amax of empty", lambda: torch.tensor([]).amax()),
                  ("method without dim", lambda: logits.logsumexp())]:
    try:
        fn()
    except (RuntimeError, IndexError, TypeError) as e:
        print(label, "->", type(e).__name__, str(e).splitlines()[0])
print(torch.logsumexp(logits))
