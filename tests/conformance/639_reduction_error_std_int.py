# Common mistake: statistics of an integer tensor (e.g. labels or counts) without converting to float.
import torch

counts = torch.tensor([3, 7, 2, 8, 5])
print(counts.sum(), counts.float().mean(), counts.double().std())
print(torch.mean(counts, dtype=torch.float32), counts.median(), torch.argmax(counts))
for label, fn in [("mean of int", lambda: counts.mean()),
                  ("mean of bool", lambda: (counts > 4).mean()),
                  ("nanmean of int", lambda: torch.nanmean(counts)),
                  ("var of int", lambda: counts.var()),
                  ("argmax of bool", lambda: (counts > 4).argmax())]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
spread = torch.std(counts)
print(spread)
