layers = ["conv", "relu", "fc"]
print(layers[-1], layers[2])
print(layers[3])
