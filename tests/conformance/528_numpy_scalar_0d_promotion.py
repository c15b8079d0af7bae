import numpy as np

f32 = np.array([1.0, 2.0], dtype=np.float32)
i64 = np.array([1, 2])

def show(name, r):
    print(name, type(r).__name__, r.dtype, repr(r))

# numpy 1.24 looks at the value of scalars and 0-d arrays when mixing with arrays
show("f32 arr + np.float64", f32 + np.float64(0.5))
show("f32 arr + 0-d f64", f32 + np.array(0.5))
show("f32 arr + big np.float64", f32 + np.float64(1e300))
show("f32 arr * 0-d i64", f32 * np.array(3))
show("i64 arr + 0-d f64", i64 + np.array(0.5))
show("i64 arr + np.float32", i64 + np.float32(0.5))
show("bool arr + 0-d i64", np.array([True, False]) + np.array(2))
show("0-d f32 + 0-d f64", np.array(1.0, dtype=np.float32) + np.array(1.0))
show("0-d i64 + py float", np.array(3) + 0.5)
show("0-d f32 + py float", np.array(1.5, dtype=np.float32) + 1.0)

# scalars with scalars use the full types (Python numbers count as int64/float64)
show("np.float32 + np.float32", np.float32(0.5) + np.float32(0.25))
show("np.float32 + np.float64", np.float32(0.5) + np.float64(0.25))
show("np.float32 + py int", np.float32(0.5) + 2)
show("np.float32 * py float", np.float32(0.5) * 2.0)
show("np.int64 + py float", np.int64(2) + 0.5)
show("np.int64 / np.int64", np.int64(7) / np.int64(2))
show("np.int64 // py int", np.int64(7) // 2)
show("np.bool_ + py int", np.bool_(True) + 1)
show("py float * np.float64", 2.0 * np.float64(1.25))

# an operation on 0-d arrays returns a numpy scalar, not an array
z = np.array(2.0)
print(type(z), type(z + 1), type(z * z), type(-z), type(np.sqrt(z)), type(z[()]))
print(z + 1, repr(z + 1), repr(z), z.shape, (z + 1).shape)
print(type(np.array([1.0, 2.0]).sum()), type(np.float64(1.0) + np.array([1.0])))
print(repr(np.float64(1.0) + np.array([1.0])), repr(np.array([3.0])[0] * np.array(2.0)))
s = np.float32(1) / np.float32(3)
print(s, repr(s), type(s), s * 3, float(s), s == 1 / 3)
print(np.float32(16777217.0), np.float64(16777217.0), np.float32(0.1) == 0.1, np.float64(0.1) == 0.1)
