# Symmetric int8 quantization by hand: scale float weights into [-127, 127], store them as int8,
# multiply with int32 accumulation, dequantize, and compare with the float result. The last line
# is the classic mistake of multiplying the int8 weights with float activations directly.
import torch

w = torch.tensor([[0.51, -1.20, 0.03], [2.40, 0.77, -0.66], [-0.09, 1.75, 0.30], [0.0, -2.54, 1.11]])
x = torch.tensor([[1.0, -0.5, 0.25], [0.3, 0.8, -1.6]])


def quantize(t):
    scale = t.abs().max() / 127
    q = (t / scale).round().clamp(-127, 127).to(torch.int8)
    return q, scale


qw, sw = quantize(w)
qx, sx = quantize(x)
print(qw, qw.dtype, qw.element_size() * qw.numel(), w.element_size() * w.numel())
print(qx, sw, sx)
print((qw.float() * sw - w).abs().max() <= sw / 2)

# int8 @ int8 stays int8 and wraps; accumulate in int32 instead
print(torch.tensor([[100, 100]], dtype=torch.int8) @ torch.tensor([[100], [100]], dtype=torch.int8))
acc = qx.int() @ qw.int().t()
print(acc, acc.dtype)
approx = acc.float() * (sx * sw)
exact = x @ w.t()
print(approx)
print(exact)
print((approx - exact).abs().max() < 0.05, torch.allclose(approx, exact, atol=0.05))

# per-row scales, stored as float16 next to the int8 weights
row_scale = (w.abs().amax(dim=1, keepdim=True) / 127).half()
qrow = (w / row_scale.float()).round().clamp(-127, 127).char()
print(row_scale.flatten(), row_scale.dtype, qrow)
deq = qrow.float() * row_scale.float()
print((deq - w).abs().max(dim=1).values, (deq - w).abs().max(dim=1).values.dtype)

# what the stored bytes look like as unsigned values (two's complement)
print(qrow[3], qrow[3].to(torch.uint8), qrow[3].to(torch.uint8).to(torch.int8))
print(torch.tensor([-127, -1, 0, 1, 127], dtype=torch.int8).byte().tolist(), torch.tensor([129, 255], dtype=torch.uint8).char().tolist())

# a quantized linear layer, bias added after dequantization
bias = torch.tensor([0.1, -0.2, 0.0, 0.5])
y = (qx.int() @ qrow.int().t()).float() * row_scale.float().t() * sx + bias
print(y.shape, y.dtype, y)
print(torch.nn.functional.linear(x, w, bias))

# forgetting to dequantize: int8 weights times float32 activations
print(qw.dtype, x.dtype)
out = x @ qw.t()
print(out)
