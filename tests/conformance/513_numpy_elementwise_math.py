import numpy as np

x = np.array([-2.0, -0.5, 0.0, 1.0, 4.0])
print(np.abs(x), abs(x), np.abs(np.array([-3, 2])))
print(np.sqrt(np.array([0.0, 1.0, 2.0, 9.0])), np.sqrt(np.array([4, 16])))
print(np.exp(x))
print(np.exp(np.array([0.0, 1.0])), np.exp(np.array([1000.0, -1000.0])))
print(np.log(np.array([1.0, np.e, 10.0, 0.5])), np.log(np.array([1, 100])))
print(np.sin(x), np.cos(x))
print(np.tanh(x))
# numpy picks its sin/exp/tanh kernels by CPU (AVX512 SVML where the CPU has it), so their last
# digit is the machine's: full-precision scalars and float32 results show dtypes, not digits.
print(np.sin(np.array([0.0, np.pi / 2, np.pi])), np.cos(np.pi), np.sin(np.array([0.5])))
print(np.sqrt(2.0), type(np.sqrt(2.0)), np.exp(1), type(np.exp(1)), np.log(np.float32(2.0)))
print(repr(np.sqrt(np.array([2.0], dtype=np.float32))), np.exp(np.array([1.0, 2.0], dtype=np.float32)).dtype)
print(np.tanh(np.array([0.5, -0.5], dtype=np.float32)).dtype, repr(np.abs(np.array([-1.5], dtype=np.float32))))
print(repr(np.cos(np.arange(3))), repr(np.exp(np.array([0, 1]))), repr(np.abs(np.array([True, False]))))

# domain edges give nan/inf (warnings are silenced by the runner)
print(np.log(np.array([0.0])), np.sqrt(np.array([-1.0])), np.log(np.array([-1.0])))
print(np.array([1.0, -1.0, 0.0]) / 0.0)
print(np.array([1, 0]) / np.array([0, 0]))

# sigmoid, softmax and MSE written the numpy way
z = np.array([-1.0, 0.0, 2.0])
sig = 1 / (1 + np.exp(-z))
print(sig)
logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
e = np.exp(logits - logits.max(axis=1, keepdims=True))
p = e / e.sum(axis=1, keepdims=True)
print(p, p.sum(axis=1))
y = np.array([1.0, 2.0, 3.0])
yhat = np.array([1.5, 1.5, 2.0])
print(np.mean((y - yhat) ** 2), np.sqrt(np.mean((y - yhat) ** 2)), np.abs(y - yhat).sum())
print(-np.log(p[np.arange(2), [2, 0]]).mean())
