# Narrow integer dtypes: creating int32 / int16 / int8 tensors, what they look like when printed,
# their sizes and attributes, and the Python values that come back out of them.
import torch

ids = torch.tensor([3, 1, 4, 1, 5], dtype=torch.int32)
print(ids, ids.dtype, ids.element_size(), ids.element_size() * ids.numel())
print(torch.zeros(3, dtype=torch.int16), torch.ones(2, 2, dtype=torch.int8))
print(torch.full((2, 3), 7, dtype=torch.int32), torch.full((2,), -3.9, dtype=torch.int16))
print(torch.arange(5, dtype=torch.int8), torch.arange(2, 11, 3, dtype=torch.int32), torch.arange(0, 4, 1.5, dtype=torch.int16))

# empty-then-fill, the usual way to allocate a buffer
buf = torch.empty(4, dtype=torch.int32)
buf.fill_(42)
print(buf, torch.empty(2, 2, dtype=torch.int8).fill_(-7))
print(torch.zeros_like(ids), torch.ones_like(ids, dtype=torch.int16), torch.full_like(ids, 9).dtype)

torch.manual_seed(0)
labels = torch.randint(0, 10, (6,), dtype=torch.int32)
print(labels, labels.dtype, torch.randint(-5, 5, (2, 3), dtype=torch.int16).dtype)

# conversions between integer widths and the legacy type strings
x = torch.tensor([[1, -2, 3], [40000, 5, -6]])
for t in [x.int(), x.short(), x.char(), x.long()]:
    print(t.dtype, t.type(), t.element_size(), t.tolist())
print(x.type(torch.IntTensor).dtype, x.type("torch.ShortTensor").dtype, x.to(torch.int8).type())
print(torch.IntTensor([1, 2]), torch.ShortTensor([[1], [2]]), torch.CharTensor([-1, 100]))
print(torch.IntTensor(2, 3).shape, torch.IntTensor(2).dtype)

# dtype attributes
for dt in [torch.int32, torch.int16, torch.int8, torch.int64]:
    print(dt, dt.is_floating_point, dt.is_signed, dt.is_complex, torch.iinfo(dt).min, torch.iinfo(dt).max, torch.iinfo(dt).bits)
print(torch.int32 == torch.int, torch.int16 == torch.short, torch.int8, torch.int, torch.short)

# printing: wide values widen every column, 2-D, scalars, negative numbers
print(torch.tensor([1, 2147483647, -2147483648], dtype=torch.int32))
print(torch.tensor([[1, 200], [-30000, 4]], dtype=torch.int16))
print(torch.tensor([[[1, 2]], [[3, 4]]], dtype=torch.int8))
s = torch.tensor(-12, dtype=torch.int32)
print(s, s.shape, s.item(), type(s.item()).__name__, s.dim())
print(torch.tensor([], dtype=torch.int32), torch.zeros(0, 3, dtype=torch.int16))
print(torch.arange(2000, dtype=torch.int32))
print(torch.arange(12, dtype=torch.int16).reshape(3, 4).t())
print(repr(ids[1:3]), str(ids[0]), ids.tolist(), type(ids.tolist()[0]).__name__)
print(f"{ids[2].item():04d}", int(ids[4]), float(ids[0]), bool(ids[1]))
print(ids.numel(), ids.size(), ids.stride(), ids.is_floating_point(), torch.is_floating_point(ids))

# casting back and forth preserves values that fit
w = torch.tensor([100, -100, 127, -128], dtype=torch.int8)
print(w.int() * 2, (w.int() * 2).to(torch.int8), w.short().dtype, w.float())
print(torch.tensor([1.9, -1.9, 2.5, -2.5]).int(), torch.tensor([1.9, -1.9]).short(), torch.tensor([1.9, -1.9]).char())
print(torch.tensor([True, False]).int(), torch.tensor([3, 0], dtype=torch.int16).bool())
for label, fn in [("int8 128", lambda: torch.tensor([128], dtype=torch.int8)), ("int32 2**31", lambda: torch.tensor(2**31, dtype=torch.int32)),
                  ("int16 full", lambda: torch.full((2,), 40000, dtype=torch.int16)), ("int32 fill_", lambda: buf.fill_(2**33)),
                  ("int8 setitem", lambda: w.__setitem__(0, 200)), ("int32 + 2**40", lambda: ids + 2**40)]:
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, type(e).__name__, e)
