# Index tensors of narrow dtypes: uint8 masks (the pre-bool way, deprecated but still working),
# int32 indices where PyTorch accepts them, and the functions that insist on int64.
import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
mask = x > 0
print(x[mask], x[mask.byte()], mask.byte(), mask.byte().dtype)
print(x[mask.byte()].shape, x[torch.tensor([1, 0], dtype=torch.uint8)], x[:, torch.tensor([0, 1, 1], dtype=torch.uint8)])
y = x.clone()
y[(x < 0).to(torch.uint8)] = 0.0
print(y)
print(x.masked_fill(mask, 9.0), torch.where(mask, x, torch.zeros(())))
print(x.masked_fill(mask.byte(), 0.0))
print(x.masked_select(mask), x[mask.int().bool()])

# int32 index tensors: fine for index_select, index_add_, embedding
i32 = torch.tensor([1, 0, 1], dtype=torch.int32)
print(x.index_select(0, i32), x.index_select(1, i32[:2]), x[i32.long()], x[:, i32.long()].shape)
acc = torch.zeros(3)
acc.index_add_(0, torch.tensor([0, 2, 0], dtype=torch.int32), torch.tensor([1.0, 2.0, 3.0]))
print(acc)
emb = torch.arange(8.0).reshape(4, 2)
print(F.embedding(torch.tensor([[3, 1]], dtype=torch.int32), emb), emb.index_select(0, torch.tensor([2, 2], dtype=torch.int32)))

# ... and refused where a LongTensor is required
labels32 = torch.tensor([2, 0], dtype=torch.int32)
logits = torch.tensor([[0.1, 0.2, 3.0], [2.0, 0.5, 0.1]])
for label, fn in [("gather", lambda: x.gather(1, torch.tensor([[0], [2]], dtype=torch.int32))),
                  ("scatter", lambda: torch.zeros(2, 3).scatter(1, torch.tensor([[1], [0]], dtype=torch.int32), 1.0)),
                  ("one_hot", lambda: F.one_hot(labels32, 3)),
                  ("cross_entropy", lambda: F.cross_entropy(logits, labels32)),
                  ("nll_loss int32", lambda: F.nll_loss(F.log_softmax(logits, 1), labels32)),
                  ("nll_loss uint8", lambda: F.nll_loss(F.log_softmax(logits, 1), labels32.to(torch.uint8))),
                  ("cross_entropy uint8", lambda: F.cross_entropy(logits, labels32.byte(), reduction="none")),
                  ("index_select float", lambda: x.index_select(0, torch.tensor([0.0]))),
                  ("index_select uint8", lambda: x.index_select(0, torch.tensor([0], dtype=torch.uint8))),
                  ("x[int32]", lambda: x[i32]),
                  ("x[:, int32]", lambda: x[:, i32]),
                  ("x[int16] = 0", lambda: x.clone().__setitem__(torch.tensor([1], dtype=torch.int16), 0.0)),
                  ("take int32", lambda: torch.take(x, torch.tensor([5, 0], dtype=torch.int32))),
                  ("index int8", lambda: x[torch.tensor([1], dtype=torch.int8)]),
                  ("float index", lambda: x[torch.tensor([1.0])])]:
    try:
        r = fn()
        print(label, "ok", r)
    except (RuntimeError, IndexError) as e:
        print(label, "->", type(e).__name__, e)

# the fix is .long()
print(x.gather(1, torch.tensor([[0], [2]], dtype=torch.int32).long()).flatten())
print(F.one_hot(labels32.long(), 3), F.cross_entropy(logits, labels32.long()))
print(F.cross_entropy(logits, labels32.long(), reduction="none"), logits.argmax(1).int() == labels32)

# bool masks made from uint8 data
pix = torch.tensor([[0, 128, 255], [30, 200, 90]], dtype=torch.uint8)
bright = pix > 127
print(bright, pix[bright], pix[bright].dtype, (pix * bright).dtype, pix.masked_fill(~bright, 0))
print(torch.nonzero(pix > 100), torch.nonzero(pix > 100).dtype, (pix > 100).nonzero(as_tuple=True))
print(torch.argwhere(pix == 255), torch.where(pix > 100)[1].dtype)
