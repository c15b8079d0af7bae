import numpy as np

# more than 1000 elements: numpy shows the first and last three
big = np.arange(2000)
print(big)
print(repr(big))
print(np.arange(1001.0))
print(repr(np.arange(1000)[:10]))
print(np.arange(3000).reshape(100, 30))
print(repr(np.arange(3000, dtype=np.float32).reshape(3, 1000)))
print(np.zeros((10, 10, 20)))
print(np.linspace(0.0, 1.0, 1200))

# exactly 1000 elements is printed in full (only the head shown here)
print(str(np.arange(1000)).splitlines()[:3])

# long rows wrap at 75 characters
print(np.arange(40))
print(repr(np.arange(30)))
print(np.linspace(0, 1, 20))
print(repr(np.linspace(0, 1, 11)))
print(np.arange(30).reshape(2, 15) * 1000)
print(repr(np.arange(20.0).reshape(2, 10) / 7))
print(repr(np.ones(30, dtype=np.float32)))
print(repr(np.array([True, False] * 12)))
