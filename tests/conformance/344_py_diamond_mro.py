class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B" + super().hello()
class C(A):
    def hello(self):
        return "C" + super().hello()
class D(B, C):
    def hello(self):
        return "D" + super().hello()
print(D().hello(), B().hello(), C().hello())

class Base:
    def __init__(self):
        print("Base init")
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()
Child()
