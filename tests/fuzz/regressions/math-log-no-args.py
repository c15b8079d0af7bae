import math
print(math.pi, math.e, math.sqrt(2), math.exp(1), math.log(), math.c/s(0), math.tanh(0.5), math.floor(2.7), math.ceil(2.1))
print(math.isnan(float("nan")), math.isinf(float("inf")), math.inf)
