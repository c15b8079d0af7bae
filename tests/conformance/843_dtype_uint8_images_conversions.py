# uint8 as images use it: converting a float image to bytes and back, and what happens to values
# that do not fit (negative, above 255, NaN, inf) when a float or wide integer becomes narrow.
import torch

img = torch.tensor([[0.0, 0.25, 0.5], [0.75, 0.999, 1.0]])
pixels = (img * 255).to(torch.uint8)
print(pixels, pixels.dtype, pixels.element_size())
print(pixels.float() / 255)
print((pixels.float() / 255 - img).abs().max() < 1 / 255)
rounded = (img * 255).round().byte()
print(rounded, rounded.type(), rounded.tolist())
print(torch.ByteTensor([0, 128, 255]), torch.tensor([1, 2], dtype=torch.uint8).is_signed())

# a batch of 2x2 RGB images, channels last, to channels first float
torch.manual_seed(0)
batch = torch.randint(0, 256, (2, 2, 2, 3), dtype=torch.uint8)
print(batch[0], batch.shape)
chw = batch.permute(0, 3, 1, 2).float().div(255)
print(chw.dtype, chw.shape, chw[0, 0])
print(batch.max(), batch.min(), batch.sum(), batch.sum().dtype, batch.float().mean())

# normalising needs floats: uint8 arithmetic wraps around
print(batch[0, 0, 0] + 10, batch[0, 0, 0].int() + 10, torch.tensor([250, 5], dtype=torch.uint8) + 10)
print(torch.tensor([3], dtype=torch.uint8) - 5, -torch.tensor([1, 2], dtype=torch.uint8), torch.tensor([16], dtype=torch.uint8) * 16)

# out-of-range floats: converted through int32 first, then the low 8 bits are kept
vals = torch.tensor([-1.0, -0.7, 0.7, 255.5, 256.0, 300.0, -300.0, 1000.0, float("nan"), float("inf"), -float("inf"), 1e10])
print(vals.to(torch.uint8).tolist())
print(vals.to(torch.int8).tolist())
print(vals.to(torch.int16).tolist())
print(vals.to(torch.int32).tolist())
print(vals.double().byte().tolist(), vals.half().byte().tolist())
wide = torch.tensor([-2147483649.0, 3e9 + 7, 1e10 + 7, 2.0**40 + 300], dtype=torch.float64)
print(wide.byte().tolist(), wide.char().tolist(), wide.short().tolist(), wide.float().byte().tolist())
print(vals.clamp(0, 255).to(torch.uint8).tolist())
print(torch.nan_to_num(vals, nan=0.0).clamp(0, 255).byte().tolist())

# Python numbers are range-checked when a tensor is made or filled, not in arithmetic; for uint8 a
# negative integer down to -255 passes the check (and wraps), a negative float does not
for v in [255, 256, -1, -255, -256, 255.5, -0.5, float("nan")]:
    for label, fn in [("tensor", lambda: torch.tensor([v], dtype=torch.uint8)), ("fill_", lambda: torch.zeros(1, dtype=torch.uint8).fill_(v))]:
        try:
            print(v, label, fn().tolist())
        except RuntimeError as e:
            print(v, label, type(e).__name__, e)
print(torch.tensor([3], dtype=torch.uint8) + 300, torch.tensor([3], dtype=torch.uint8) * 1000, torch.tensor([3], dtype=torch.uint8) - 4)

# int64 -> narrow: two's complement wrap
big = torch.tensor([127, 128, 255, 256, -129, 1000, -1000, 2**31 + 3, 2**40 - 1])
print(big.to(torch.int8).tolist())
print(big.byte().tolist())
print(big.short().tolist())
print(big.int().tolist())
print(torch.tensor([-1, -2], dtype=torch.int8).to(torch.uint8), torch.tensor([200, 255], dtype=torch.uint8).char())

# type() strings and conversions through the legacy classes
print(pixels.type(), pixels.type(torch.FloatTensor).dtype, pixels.type(torch.IntTensor), pixels.to(torch.int16).type())
print(pixels.to(torch.float16).dtype, pixels.bool().tolist(), torch.tensor([True, False]).byte())
print(torch.iinfo(torch.uint8), torch.uint8.is_signed, torch.uint8.is_floating_point)

# the bytes of a histogram of pixel values
hist = torch.bincount(batch.flatten().long() // 64, minlength=4)
print(hist, hist.dtype, hist.sum().item() == batch.numel())
