"""The engine's golden cases, as data: inputs, a list of op steps, and what to show.

Each step is (out_name, op_name, *args[, kwargs]). Arguments: "$name" refers to an earlier
tensor, other values are Python literals (int vs float matters, as in PyTorch). The same op
names are implemented by tests/golden/generate_engine_goldens.py (with real PyTorch) and by
tests/engine/golden_ops.cpp (with our engine); the expected output always comes from PyTorch.
"""
import math


def T(data, dtype=None, rg=False):
    return {"data": data, "dtype": dtype, "requires_grad": rg}


CASES = []


def case(name, inputs=None, ops=(), show=()):
    CASES.append({"name": name, "inputs": inputs or {}, "ops": [list(o) for o in ops], "show": list(show)})


# ---- the classic example -------------------------------------------------------------------
case("classic_vjp_rows",
     {"x": T([[1, 2, 3, 4]], "float32", True)},
     [("z", "mul", 2, "$x", {"reverse": True}),
      ("loss", "sum", "$z", {"dim": 1}),
      ("e0", "tensor", [[1., 0., 0., 0.]]),
      ("e1", "tensor", [[0., 1., 0., 0.]]),
      ("ones", "tensor", [[1., 1., 1., 1.]]),
      ("_", "backward", "$z", {"gradient": "$e0", "retain_graph": True}),
      ("g0", "grad_of", "$x"), ("g0", "clone", "$g0"),
      ("_", "zero_grad", "$x"),
      ("_", "backward", "$z", {"gradient": "$e1", "retain_graph": True}),
      ("g1", "grad_of", "$x"), ("g1", "clone", "$g1"),
      ("_", "zero_grad", "$x"),
      ("_", "backward", "$z", {"gradient": "$ones", "retain_graph": True}),
      ("g2", "grad_of", "$x"), ("g2", "clone", "$g2"),
      ("_", "zero_grad", "$x"),
      ("_", "backward", "$loss"),
      ("g3", "grad_of", "$x")],
     ["z", "loss", "g0", "g1", "g2", "g3"])

# ---- arithmetic with broadcasting and Python scalars ---------------------------------------
A23 = [[1., 2., 3.], [4., 5., 6.]]
for op in ["add", "sub", "mul", "div"]:
    case(f"{op}_broadcast",
         {"a": T(A23, None, True), "b": T([0.5, -2., 4.], None, True)},
         [("c", op, "$a", "$b"), ("s", "sum", "$c"), ("_", "backward", "$s")],
         ["c", "s", "a.grad", "b.grad"])
    case(f"{op}_scalar_right",
         {"a": T(A23, None, True)},
         [("c", op, "$a", 3), ("d", op, "$a", 0.5), ("s", "sum", "$d"), ("_", "backward", "$s")],
         ["c", "d", "a.grad"])
    case(f"{op}_scalar_left",
         {"a": T(A23, None, True)},
         [("c", op, 3, "$a", {"reverse": True}), ("s", "sum", "$c"), ("_", "backward", "$s")],
         ["c", "a.grad"])
case("pow_scalar_exponents",
     {"a": T([0.5, 1.5, 2., 3.], None, True)},
     [("p2", "pow", "$a", 2), ("p3", "pow", "$a", 3), ("ph", "pow", "$a", 0.5),
      ("pm", "pow", "$a", -1.5), ("p0", "pow", "$a", 0),
      ("s", "sum", "$pm"), ("_", "backward", "$s")],
     ["p2", "p3", "ph", "pm", "p0", "a.grad"])
case("pow_tensor_exponent",
     {"a": T([0.5, 1.5, 2.], None, True), "b": T([2., -1., 0.5], None, True)},
     [("p", "pow", "$a", "$b"), ("s", "sum", "$p"), ("_", "backward", "$s")],
     ["p", "a.grad", "b.grad"])
case("pow_scalar_base",
     {"a": T([0.5, 1.5, 2.], None, True)},
     [("p", "pow", 2, "$a", {"reverse": True}), ("s", "sum", "$p"), ("_", "backward", "$s")],
     ["p", "a.grad"])
case("int_tensor_arithmetic",
     {"i": T([1, 2, 3]), "j": T([4, 5, 6])},
     [("a", "add", "$i", "$j"), ("m", "mul", "$i", 2), ("f", "mul", "$i", 2.5),
      ("d", "div", "$i", "$j"), ("fd", "floor_divide", "$j", "$i"), ("r", "remainder", "$j", 4),
      ("p", "pow", "$i", 2), ("b", "gt", "$i", 1), ("bi", "add", "$b", 1)],
     ["a", "m", "f", "d", "fd", "r", "p", "b", "bi"])
case("promotion_float64_and_0d",
     {"a": T([1., 2.], "float32"), "d": T([1., 2.], "float64"), "z": T(3.5, "float64"),
      "i": T([1, 2])},
     [("ad", "add", "$a", "$d"), ("az", "mul", "$a", "$z"), ("iz", "mul", "$i", "$z"),
      ("ia", "add", "$i", "$a")],
     ["ad", "az", "iz", "ia"])
case("negative_remainder_floor",
     {"a": T([-7., 7., -7.5, 7.5]), "b": T([2., -2., 2., -2.])},
     [("r", "remainder", "$a", "$b"), ("f", "floor_divide", "$a", "$b")],
     ["r", "f"])

# ---- elementwise math -----------------------------------------------------------------------
for op in ["neg", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs"]:
    case(f"{op}_values_and_grad",
         {"x": T([0.25, 0.5, 1.0, 2.0, 3.5], None, True)} if op in ("log", "sqrt")
         else {"x": T([-2.0, -0.5, 0.25, 1.0, 3.0], None, True)},
         [("y", op, "$x"), ("s", "sum", "$y"), ("_", "backward", "$s")],
         ["y", "x.grad"])
case("exp_float64",
     {"x": T([-1., 0., 1., 4.], "float64", True)},
     [("y", "exp", "$x"), ("s", "sum", "$y"), ("_", "backward", "$s")],
     ["y", "x.grad"])
case("int_math_promotes",
     {"i": T([1, 2, 3])},
     [("e", "exp", "$i"), ("s", "sqrt", "$i"), ("n", "neg", "$i"), ("a", "abs", "$n")],
     ["e", "s", "n", "a"])

# ---- reductions -----------------------------------------------------------------------------
X34 = [[1., -2., 3., 0.5], [4., 5., -6., 2.], [0.25, 8., 9., -1.]]
case("sum_mean_all", {"x": T(X34, None, True)},
     [("s", "sum", "$x"), ("m", "mean", "$x"), ("t", "add", "$s", "$m"), ("_", "backward", "$t")],
     ["s", "m", "x.grad"])
for dim in [0, 1, -1]:
    for keepdim in [False, True]:
        case(f"sum_mean_dim{dim}_keep{int(keepdim)}", {"x": T(X34, None, True)},
             [("s", "sum", "$x", {"dim": dim, "keepdim": keepdim}),
              ("m", "mean", "$x", {"dim": dim, "keepdim": keepdim}),
              ("t", "add", "$s", "$m"), ("u", "sum", "$t"), ("_", "backward", "$u")],
             ["s", "m", "x.grad"])
case("sum_multiple_dims", {"x": T([[[1., 2.], [3., 4.]], [[5., 6.], [7., 8.]]], None, True)},
     [("s", "sum", "$x", {"dim": [0, 2]}), ("u", "sum", "$s"), ("_", "backward", "$u")],
     ["s", "x.grad"])
case("prod_all_and_dim", {"x": T([[1., 2., 3.], [4., 0.5, -2.]], None, True)},
     [("p", "prod", "$x"), ("q", "prod", "$x", {"dim": 1}), ("s", "sum", "$q"),
      ("t", "add", "$p", "$s"), ("_", "backward", "$t")],
     ["p", "q", "x.grad"])
case("prod_with_zero", {"x": T([2., 0., 3.], None, True)},
     [("p", "prod", "$x"), ("_", "backward", "$p")], ["p", "x.grad"])
case("norm_all_and_dim", {"x": T([[3., 4.], [-1., 2.]], None, True)},
     [("n", "norm", "$x"), ("d", "norm", "$x", {"dim": 1}), ("s", "sum", "$d"),
      ("t", "add", "$n", "$s"), ("_", "backward", "$t")],
     ["n", "d", "x.grad"])
case("max_min_all_ties", {"x": T([1., 3., 3., -2., -2.], None, True)},
     [("mx", "max", "$x"), ("mn", "min", "$x"), ("t", "add", "$mx", "$mn"), ("_", "backward", "$t")],
     ["mx", "mn", "x.grad"])
case("max_min_dim", {"x": T([[1., 5., 5.], [7., -1., 2.]], None, True)},
     [("mx", "max", "$x", {"dim": 1}), ("mn", "min", "$x", {"dim": 0, "keepdim": True}),
      ("a", "sum", "$mx"), ("b", "sum", "$mn"), ("t", "add", "$a", "$b"), ("_", "backward", "$t")],
     ["mx", "mx_indices", "mn", "mn_indices", "x.grad"])
case("argmax_argmin", {"x": T([[1., 5., 5.], [7., -1., 2.]])},
     [("a", "argmax", "$x"), ("b", "argmax", "$x", {"dim": 1}), ("c", "argmin", "$x", {"dim": 0})],
     ["a", "b", "c"])
case("int_sum_and_mean_error", {"i": T([[1, 2], [3, 4]])},
     [("s", "sum", "$i"), ("d", "sum", "$i", {"dim": 0}), ("m", "mean", "$i")],
     ["s", "d"])

# ---- linear algebra -------------------------------------------------------------------------
case("mm_backward", {"a": T([[1., 2., 3.], [4., 5., 6.]], None, True),
                     "b": T([[1., 0.], [0.5, -1.], [2., 3.]], None, True)},
     [("c", "mm", "$a", "$b"), ("s", "sum", "$c"), ("_", "backward", "$s")],
     ["c", "a.grad", "b.grad"])
case("matmul_dispatch", {"a": T([[1., 2.], [3., 4.]], None, True), "v": T([1., -1.], None, True)},
     [("mv", "matmul", "$a", "$v"), ("vm", "matmul", "$v", "$a"), ("dd", "matmul", "$v", "$v"),
      ("s1", "sum", "$mv"), ("s2", "sum", "$vm"), ("t", "add", "$s1", "$s2"), ("t2", "add", "$t", "$dd"),
      ("_", "backward", "$t2")],
     ["mv", "vm", "dd", "a.grad", "v.grad"])
case("mv_dot", {"a": T([[1., 2.], [3., 4.], [5., 6.]], None, True), "v": T([0.5, 2.], None, True),
                "w": T([1., 2., 3.], None, True)},
     [("m", "mv", "$a", "$v"), ("d", "dot", "$m", "$w"), ("_", "backward", "$d")],
     ["m", "d", "a.grad", "v.grad", "w.grad"])

# ---- shapes and views -----------------------------------------------------------------------
case("view_reshape_flatten", {"x": T([[1., 2., 3.], [4., 5., 6.]], None, True)},
     [("v", "view", "$x", [3, 2]), ("r", "reshape", "$x", [-1]), ("tt", "t", "$x"),
      ("f", "flatten", "$tt"), ("w", "mul", "$f", "$r"), ("s", "sum", "$w"), ("_", "backward", "$s")],
     ["v", "r", "tt", "f", "x.grad"])
case("transpose_permute", {"x": T([[[1., 2.], [3., 4.]], [[5., 6.], [7., 8.]]], None, True)},
     [("a", "transpose", "$x", 0, 2), ("b", "permute", "$x", [2, 0, 1]),
      ("c", "mul", "$a", "$b"), ("s", "sum", "$c"), ("_", "backward", "$s")],
     ["a", "b", "c", "x.grad"])
case("unsqueeze_squeeze_expand", {"x": T([1., 2., 3.], None, True)},
     [("u", "unsqueeze", "$x", 0), ("e", "expand", "$u", [2, 3]), ("q", "unsqueeze", "$x", 1),
      ("p", "mul", "$e", 2.0), ("sq", "squeeze", "$u"), ("sd", "squeeze", "$q", 1),
      ("s1", "sum", "$p"), ("s2", "sum", "$sd"), ("t", "add", "$s1", "$s2"), ("_", "backward", "$t")],
     ["u", "e", "q", "sq", "sd", "x.grad"])
case("select_and_slice", {"x": T([[1., 2., 3., 4.], [5., 6., 7., 8.], [9., 10., 11., 12.]], None, True)},
     [("r", "select", "$x", 0, 1), ("c", "select", "$x", 1, -1), ("s", "slice", "$x", 1, 1, 4, 2),
      ("l", "slice", "$x", 0, -2, None, 1),
      ("a", "sum", "$r"), ("b", "sum", "$c"), ("d", "sum", "$s"), ("e", "sum", "$l"),
      ("t", "add", "$a", "$b"), ("t", "add", "$t", "$d"), ("t", "add", "$t", "$e"),
      ("_", "backward", "$t")],
     ["r", "c", "s", "l", "x.grad"])
case("stack_cat", {"a": T([1., 2.], None, True), "b": T([3., 4.], None, True)},
     [("st", "stack", ["$a", "$b"]), ("s1", "stack", ["$a", "$b"], {"dim": 1}),
      ("ct", "cat", ["$a", "$b", "$a"]), ("w", "mul", "$ct", "$ct"),
      ("x", "sum", "$w"), ("y", "sum", "$s1"), ("t", "add", "$x", "$y"), ("_", "backward", "$t")],
     ["st", "s1", "ct", "a.grad", "b.grad"])
case("where_clone", {"x": T([-1., 2., -3., 4.], None, True)},
     [("c", "gt", "$x", 0), ("z", "zeros_like", "$x"), ("w", "where", "$c", "$x", "$z"),
      ("k", "clone", "$x"), ("m", "mul", "$w", "$k"), ("s", "sum", "$m"), ("_", "backward", "$s")],
     ["c", "w", "k", "x.grad"])

# ---- nn -------------------------------------------------------------------------------------
case("softmax_log_softmax", {"x": T([[1., 2., 3.], [1., -1., 0.5]], None, True),
                            "w": T([[1., 0., -1.], [2., 1., 0.]])},
     [("p", "softmax", "$x", 1), ("l", "log_softmax", "$x", 0), ("a", "mul", "$p", "$w"),
      ("b", "mul", "$l", "$w"), ("s1", "sum", "$a"), ("s2", "sum", "$b"), ("t", "add", "$s1", "$s2"),
      ("_", "backward", "$t")],
     ["p", "l", "x.grad"])
case("mse_loss", {"y": T([1., 2., 3.], None, True), "t": T([1.5, 1.5, 1.5])},
     [("l", "mse_loss", "$y", "$t"), ("_", "backward", "$l")], ["l", "y.grad"])
case("mse_loss_sum", {"y": T([[1., 2.], [3., 4.]], None, True), "t": T([[0., 2.], [4., 4.]])},
     [("l", "mse_loss", "$y", "$t", {"reduction": "sum"}), ("_", "backward", "$l")], ["l", "y.grad"])
case("cross_entropy", {"x": T([[2., 1., 0.1], [0.5, 2.5, 0.3]], None, True), "t": T([0, 1])},
     [("l", "cross_entropy", "$x", "$t"), ("_", "backward", "$l")], ["l", "x.grad"])
case("cross_entropy_sum", {"x": T([[2., 1., 0.1], [0.5, 2.5, 0.3]], None, True), "t": T([2, 1])},
     [("l", "cross_entropy", "$x", "$t", {"reduction": "sum"}), ("_", "backward", "$l")],
     ["l", "x.grad"])

# ---- graph behaviour ------------------------------------------------------------------------
case("no_grad_records_nothing", {"x": T([1., 2.], None, True)},
     [("y", "mul", "$x", 2, {"no_grad": True}), ("d", "detach", "$x"), ("z", "mul", "$d", 3)],
     ["y", "d", "z"])
case("retain_grad_nonleaf", {"x": T([1., 2., 3.], None, True)},
     [("y", "mul", "$x", "$x"), ("_", "retain_grad", "$y"), ("z", "sum", "$y"),
      ("_", "backward", "$z")],
     ["y.grad", "x.grad", "z.grad"])
case("second_backward_error", {"x": T([1., 2., 3.], None, True)},
     [("y", "mul", "$x", 2), ("s", "sum", "$y"), ("_", "backward", "$s"), ("_", "backward", "$s")], [])
case("inplace_on_leaf_error", {"x": T([1., 2., 3.], None, True)},
     [("_", "add_", "$x", 1)], [])
case("inplace_setitem_on_leaf_error", {"x": T([1., 2., 3.], None, True)},
     [("v", "select", "$x", 0, 0), ("_", "fill_", "$v", 5.)], [])
case("data_setitem_changes_tensor", {"x": T([1., 2., 3.], None, True)},
     [("d", "data", "$x"), ("v", "select", "$d", 0, 0), ("_", "fill_", "$v", 5.)], ["x", "d"])
case("inplace_nonleaf_rebases", {"x": T([1., 2., 3.], None, True)},
     [("y", "mul", "$x", 2), ("_", "add_", "$y", 1), ("_", "mul_", "$y", "$y"), ("s", "sum", "$y"),
      ("_", "backward", "$s")],
     ["y", "x.grad"])
case("setitem_builds_copyslices", {"x": T([1., 2., 3.], None, True)},
     [("y", "zeros", [3]), ("a", "getitem", "$x", 1), ("b", "mul", "$a", 2), ("_", "setitem", "$y", 0, "$b"),
      ("c", "getitem", "$x", 0), ("d", "mul", "$c", "$c"), ("_", "setitem", "$y", 2, "$d"),
      ("s", "sum", "$y"), ("_", "backward", "$s")],
     ["y", "x.grad"])
case("setitem_on_nonleaf", {"x": T([1., 2., 3.], None, True)},
     [("z", "mul", "$x", 1), ("_", "setitem", "$z", 1, 5.0), ("w", "mul", "$z", "$z"), ("s", "sum", "$w"),
      ("_", "backward", "$s")],
     ["z", "x.grad"])
case("inplace_mul_on_view", {"x": T([1., 2., 3., 4.], None, True)},
     [("y", "mul", "$x", 2), ("v", "slice", "$y", 0, 1, 3, 1), ("_", "mul_", "$v", 3.0), ("s", "sum", "$y"),
      ("_", "backward", "$s")],
     ["y", "v", "x.grad"])
case("saved_tensor_modified_error", {"x": T([1., 2., 3.], None, True)},
     [("a", "add", "$x", 1), ("b", "exp", "$a"), ("_", "add_", "$b", 1), ("s", "sum", "$b"),
      ("_", "backward", "$s")], [])
case("saved_input_modified_error", {"x": T([1., 2., 3.], None, True)},
     [("a", "add", "$x", 1), ("b", "mul", "$a", "$a"), ("_", "mul_", "$a", 2), ("s", "sum", "$b"),
      ("_", "backward", "$s")], [])
case("leaf_modified_under_no_grad_error", {"x": T([1., 2., 3.], None, True)},
     [("y", "mul", "$x", "$x"), ("_", "add_", "$x", 1, {"no_grad": True}), ("s", "sum", "$y"),
      ("_", "backward", "$s")], [])
case("create_graph_second_derivative", {"x": T([1., 2., 3.], None, True)},
     [("y", "pow", "$x", 3), ("s", "sum", "$y"), ("_", "backward", "$s", {"create_graph": True}),
      ("g", "grad_of", "$x"), ("g2", "sum", "$g"), ("gx", "autograd_grad", "$g2", "$x")],
     ["g", "gx"])
case("autograd_grad_does_not_touch_grad", {"x": T([1., 2., 3.], None, True)},
     [("y", "sin", "$x"), ("s", "sum", "$y"), ("g", "autograd_grad", "$s", "$x")],
     ["g", "x.grad"])
case("autograd_grad_unused_error", {"x": T([1., 2.], None, True), "w": T([1., 2.], None, True)},
     [("s", "sum", "$x"), ("g", "autograd_grad", "$s", "$w")], [])
case("requires_grad_int_error", {"i": T([1, 2])}, [("_", "requires_grad_", "$i")], [])
case("negative_zero_gradient", {"x": T([1., 2.], None, True)},
     [("y", "mul", "$x", -0.0), ("s", "sum", "$y"), ("_", "backward", "$s")], ["x.grad"])

# ---- errors in PyTorch's words --------------------------------------------------------------
case("err_broadcast", {"a": T([1., 2., 3.]), "b": T([1., 2.])}, [("c", "add", "$a", "$b")], [])
case("err_mm", {"a": T([[1., 2., 3.], [4., 5., 6.]]), "b": T([[1., 2., 3.], [4., 5., 6.]])},
     [("c", "mm", "$a", "$b")], [])
case("err_dot", {"a": T([1., 2., 3.]), "b": T([1., 2., 3., 4.])}, [("c", "dot", "$a", "$b")], [])
case("err_view", {"a": T([[1., 2., 3.], [4., 5., 6.]])}, [("c", "view", "$a", [4, 2])], [])
case("err_view_noncontiguous", {"a": T([[1., 2., 3.], [4., 5., 6.]])},
     [("b", "t", "$a"), ("c", "view", "$b", [6])], [])
case("err_expand", {"a": T([1., 2., 3.])}, [("c", "expand", "$a", [2, 4])], [])
case("err_index", {"a": T([1., 2., 3.])}, [("c", "select", "$a", 0, 3)], [])
case("err_getitem", {"a": T([1., 2., 3.])}, [("c", "getitem", "$a", 3)], [])
case("getitem_negative", {"a": T([[1., 2.], [3., 4.]], None, True)},
     [("c", "getitem", "$a", -1), ("s", "sum", "$c"), ("_", "backward", "$s")], ["c", "a.grad"])
case("err_dim", {"a": T([1., 2., 3.])}, [("c", "sum", "$a", {"dim": 1})], [])
case("err_item", {"a": T([1., 2., 3.])}, [("c", "item", "$a")], [])
case("err_cat", {"a": T([[1., 2., 3.]]), "b": T([[1., 2.]])}, [("c", "cat", ["$a", "$b"])], [])
case("err_stack", {"a": T([1., 2.]), "b": T([1., 2., 3.])}, [("c", "stack", ["$a", "$b"])], [])
case("err_bool_sub", {"a": T([True, False]), "b": T([True, True])}, [("c", "sub", "$a", "$b")], [])
case("err_nonleaf_requires_grad_false", {"x": T([1., 2.], None, True)},
     [("y", "mul", "$x", 2), ("_", "set_requires_grad", "$y", False)], [])

# ---- creation ---------------------------------------------------------------------------------
case("creation", {},
     [("z", "zeros", [2, 3]), ("o", "ones", [2]), ("f", "full", [2, 2], 7.5), ("fi", "full", [2], 3),
      ("e", "eye", 3), ("e2", "eye", 2, 3), ("a", "arange", 5), ("a2", "arange", 1, 2.5, 0.5),
      ("a3", "arange", 0, 10, 3), ("l", "linspace", 0, 1, 5), ("l2", "linspace", -1, 1, 7),
      ("zl", "zeros_like", "$f"), ("ol", "ones_like", "$a"), ("zd", "zeros", [2], {"dtype": "float64"}),
      ("em", "zeros", [0]), ("em2", "zeros", [2, 0]), ("emi", "zeros", [0], {"dtype": "int64"})],
     ["z", "o", "f", "fi", "e", "e2", "a", "a2", "a3", "l", "l2", "zl", "ol", "zd", "em", "em2", "emi"])

# ---- random numbers -----------------------------------------------------------------------
for seed in [0, 42, 2024]:
    case(f"random_seed{seed}", {},
         [("_", "manual_seed", seed), ("r3", "rand", [3]), ("n3", "randn", [3]), ("n5", "randn", [5]),
          ("n16", "randn", [16]), ("n20", "randn", [20]), ("n45", "randn", [4, 5]),
          ("r2", "rand", [2, 2], {"dtype": "float64"}), ("nd", "randn", [3], {"dtype": "float64"}),
          ("nd17", "randn", [17], {"dtype": "float64"}), ("ri", "randint", 0, 10, [6])],
         ["r3", "n3", "n5", "n16", "n20", "n45", "r2", "nd", "nd17", "ri"])

# ---- printing -------------------------------------------------------------------------------
PRINT_VALUES = {
    "ints_as_float": [1., 2., 3.],
    "fixed": [0.1, 2.25, -3.5],
    "sci_small": [0.0001, 0.05],
    "fixed_edge": [0.00011, 0.05],
    "sci_large_ratio": [1., 1001.],
    "fixed_ratio_1000": [1., 1000.],
    "big": [1e8],
    "bigger": [1.5e9, 1.],
    "nan_inf": [float("nan"), float("inf"), -float("inf"), 1.5],
    "neg_zero": [-0.0, 0.0, 1.0],
    "all_zero": [0., 0.],
    "only_nan": [float("nan")],
    "mixed_sign": [-1.5, 2.25, -100.125],
    "tiny": [1e-10, 1e-12],
    "wide_row": [i * 1.1 for i in range(30)],
    "int_wide": [i * 1000 for i in range(25)],
}
for label, values in PRINT_VALUES.items():
    case(f"print_{label}", {"x": T(values)}, [], ["x"])
    case(f"print_{label}_f64", {"x": T(values, "float64", True)}, [], ["x"])
case("print_scalar_0d", {"a": T(3.5), "b": T(0.0001), "c": T(7), "d": T(True), "e": T(2., "float64")},
     [], ["a", "b", "c", "d", "e"])
case("print_ints_and_bools", {"i": T([1, -20, 300]), "b": T([True, False, True]),
                             "j": T([[1, 2], [30, 4]])}, [], ["i", "b", "j"])
case("print_3d", {"x": T([[[1., 2.], [3., 4.]], [[5., 6.5], [7., 8.]]])}, [], ["x"])
case("print_2d_wrap", {"x": T([[i * 0.37 for i in range(20)], [i * -1.3 for i in range(20)]])}, [], ["x"])
case("print_summarized_1d", {}, [("a", "arange", 2000), ("f", "mul", "$a", 0.5)], ["a", "f"])
case("print_summarized_2d", {}, [("a", "arange", 4000), ("b", "view", "$a", [40, 100]),
                                ("c", "div", "$b", 7)], ["b", "c"])
case("print_summarized_3d", {}, [("a", "arange", 1200), ("b", "view", "$a", [10, 10, 12])], ["b"])
case("print_grad_fn_suffix_wraps", {"x": T([[i + 0.5 for i in range(8)]] * 2, None, True)},
     [("y", "mul", "$x", 1000.25)], ["y"])

# ---- torch.autograd.functional --------------------------------------------------------------
# Function names understood by both runners (see FUNCTIONS in the generator / golden_ops.cpp).
for fn in ["double", "square_sum", "softmax", "tanh_matvec", "cube"]:
    case(f"functional_{fn}", {"x": T([0.5, -1.0, 2.0]), "v": T([1.0, 0.5, -2.0])},
         [("j", "jacobian", fn, "$x"), ("jv", "jacobian", fn, "$x", {"vectorize": True}),
          ("jvp", "jvp", fn, "$x", "$v")],
         ["j", "jv", "jvp"])
case("functional_vjp", {"x": T([0.5, -1.0, 2.0]), "v": T([1.0, -2.0])},
     [("g", "vjp", "tanh_matvec", "$x", "$v")], ["g"])
case("functional_vjp_bad_v", {"x": T([0.5, -1.0, 2.0]), "v": T([1.0, 0.5, -2.0])},
     [("g", "vjp", "tanh_matvec", "$x", "$v")], [])
case("functional_jvp_bad_v", {"x": T([0.5, -1.0, 2.0]), "v": T([1.0, 0.5])},
     [("g", "jvp", "tanh_matvec", "$x", "$v")], [])
case("functional_hessian", {"x": T([0.5, -1.0, 2.0])},
     [("h", "hessian", "square_sum", "$x"), ("h3", "hessian", "cube_sum", "$x")], ["h", "h3"])
case("functional_2d_input", {"x": T([[1.0, 2.0], [3.0, 4.0]])},
     [("j", "jacobian", "double", "$x")], ["j"])
