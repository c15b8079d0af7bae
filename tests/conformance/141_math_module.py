import math
print(math.pi, math.e, math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2))
print(math.sin(math.pi / 2), math.cos(0), math.tanh(0.5), math.floor(2.7), math.ceil(2.1))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.inf)
