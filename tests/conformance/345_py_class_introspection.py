class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass

print(Leaf.__name__, type(Leaf()).__name__)
print([c.__name__ for c in Leaf.__mro__])
print(Leaf.__bases__[0].__name__, Base.__bases__)
print(Leaf().__class__.__name__, Leaf.__base__.__name__)
print(type(Leaf()) is Leaf, type(Leaf()) is Mid)
