import numpy as np

a = np.array([-1.5, 0.25, 2.5, 3.7, -0.5])
print(np.where(a > 0, a, 0), np.where(a > 0, 1, -1), np.where(a > 0, a, 0.0).dtype)
print(np.where(a > 0), type(np.where(a > 0)), np.where(np.array([[0, 1], [1, 0]]) == 1))
print(repr(np.where(np.array([True, False]), np.array([1, 2]), np.array([0.5, 0.5]))))
print(repr(np.where(np.array([True, False]), 1, 2)), repr(np.where(a > 10)[0]))
print(np.clip(a, 0, 1), np.clip(a, -1, 3), a.clip(0, 2), np.clip(np.array([1, 5, 9]), 2, 6))
print(repr(np.clip(np.array([0.5, 1.5], dtype=np.float32), 0, 1)), np.clip(a, None, 0), np.clip(a, 0, None))

# numpy rounds half to even
print(np.round(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 3.14159])))
print(np.round(a), np.round(a, 1), np.round(np.array([1.005, 2.675, 0.125]), 2), a.round(2))
print(np.round(np.array([1234.5678]), -2), repr(np.round(np.array([1, 2]))), np.round(2.5), np.round(3.14159, 3))
print(np.floor(a), np.ceil(a), repr(np.floor(np.array([1.5], dtype=np.float32))), np.floor(-0.5), np.ceil(-0.5))
print(repr(np.floor(np.array([3, -3]))))

# allclose and array_equal
x = np.array([1.0, 2.0, 3.0])
print(np.allclose(x, x + 1e-9), np.allclose(x, x + 1e-3), np.allclose(x, x + 1e-3, atol=1e-2))
print(np.allclose(x, np.array([1.0, 2.0, 3.00001])), np.allclose(x, 2.0), np.allclose(np.array([1e-9]), 0))
print(np.allclose(np.array([np.nan]), np.array([np.nan])), np.allclose(x, x * (1 + 1e-6), rtol=1e-5))
print(np.array_equal(x, np.array([1, 2, 3])), np.array_equal(x, x[:2]), np.array_equal(x, [1.0, 2.0, 3.0]))
print(np.array_equal(np.array([np.nan]), np.array([np.nan])), type(np.allclose(x, x)), type(np.array_equal(x, x)))
print(np.array_equal(x > 1, np.array([False, True, True])), np.array_equal(np.where(x > 1, x, 0), np.array([0, 2, 3])))
