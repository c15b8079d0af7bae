class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
    def describe(self):
        return f"Base({self.name})"
    def kind(self):
        return "base"

class Middle(Base):
    def __init__(self, name, depth):
        super().__init__(name)
        print("Middle.__init__", depth)
        self.depth = depth
    def describe(self):
        return "Middle<" + super().describe() + ">"

class Leaf(Middle):
    def __init__(self):
        super().__init__("leaf", 2)
        print("Leaf.__init__")
    def describe(self):
        return "Leaf[" + super().describe() + "]"
    def kind(self):
        return "leaf/" + super().kind()

x = Leaf()
print(x.describe())
print(x.kind(), x.name, x.depth)
m = Middle("mid", 1)
print(m.describe(), m.kind())
