// Cells that recurse to the wasm recursion limit along the paths that use the most native stack
// per Python frame (shared by the Node and the Chromium tests): each must end in RecursionError
// or its result, never in the engine's stack overflowing.
export const deepRecursionCells = [
  'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\ntry:\n    f(100000)\nexcept RecursionError as e:\n    print("caught", e)\n',
  'class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    print(A())\nexcept RecursionError as e:\n    print("caught", e)\n',
  'class B:\n    def __getattr__(self, name):\n        return getattr(self, name + "x")\ntry:\n    B().y\nexcept RecursionError as e:\n    print("caught", e)\n',
  'class C:\n    def __eq__(self, other):\n        return self == other\ntry:\n    C() == 1\nexcept RecursionError as e:\n    print("caught", e)\n',
  'import torch\ndef g(n, x):\n    return x if n == 0 else g(n - 1, (x * 1.0001).sin() + 0.1)\ntry:\n    g(100000, torch.tensor(0.5, requires_grad=True))\nexcept RecursionError as e:\n    print("caught", e)\n',
  'def h(n):\n    return [h(n + 1)]\ntry:\n    h(0)\nexcept RecursionError as e:\n    print("caught", e)\n',
];
