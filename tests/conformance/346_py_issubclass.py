import torch.nn as nn

class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass

print(issubclass(Dog, Animal), issubclass(Animal, Animal), issubclass(Animal, Dog))
print(issubclass(bool, int), issubclass(int, object), issubclass(Dog, object))
print(issubclass(Dog, (int, Cat)), issubclass(Dog, (int, Animal)))
print(issubclass(nn.Linear, nn.Module), issubclass(nn.ReLU, (nn.Linear, nn.Module)))
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print(type(e).__name__, e)
