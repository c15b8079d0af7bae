# Which functions run on float16 and bfloat16 CPU tensors in PyTorch 1.13, and the index dtypes
# each indexing function accepts: a survey a reader runs before porting a model to half precision.
import torch
import torch.nn.functional as F

def attempt(label, fn):
    try:
        r = fn()
        print(f"{label:14s} ok", r.dtype if isinstance(r, torch.Tensor) else type(r).__name__)
    except RuntimeError as e:
        print(f"{label:14s}", type(e).__name__, e)
    except IndexError as e:
        print(f"{label:14s}", type(e).__name__, e)

unary = ["abs", "neg", "sign", "reciprocal", "square", "frac", "exp", "exp2", "expm1", "log", "log2",
         "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
         "acosh", "atanh", "sqrt", "rsqrt", "erf", "erfc", "erfinv", "lgamma", "digamma", "sigmoid",
         "logit", "floor", "ceil", "round", "trunc", "relu", "nan_to_num", "isnan", "isfinite",
         "deg2rad", "sinc", "fix"]
activations = ["gelu", "silu", "elu", "leaky_relu", "softplus", "hardtanh", "relu6"]
for dt in [torch.float16, torch.bfloat16]:
    print("==", dt)
    h = torch.tensor([0.5, 0.25, 2.0], dtype=dt)
    m = torch.tensor([[0.5, 1.0], [2.0, 0.25]], dtype=dt)
    for name in unary:
        attempt(name, lambda: getattr(torch, name)(h))
    for name in activations:
        attempt("F." + name, lambda: getattr(F, name)(h))
    others = [
        ("atan2", lambda: torch.atan2(h, h)), ("hypot", lambda: torch.hypot(h, h)),
        ("fmod", lambda: torch.fmod(h, h)), ("maximum", lambda: torch.maximum(h, h)),
        ("logaddexp", lambda: torch.logaddexp(h, h)), ("xlogy", lambda: torch.xlogy(h, h)),
        ("lerp", lambda: torch.lerp(h, h, 0.5)), ("addcmul", lambda: torch.addcmul(h, h, h)),
        ("std", lambda: h.std()), ("norm", lambda: h.norm()), ("logsumexp", lambda: h.logsumexp(0)),
        ("cumprod", lambda: h.cumprod(0)), ("cummax", lambda: h.cummax(0)), ("median", lambda: h.median()),
        ("kthvalue", lambda: h.kthvalue(1)), ("unique", lambda: h.unique()), ("aminmax", lambda: h.aminmax()),
        ("logcumsumexp", lambda: h.logcumsumexp(0)), ("histc", lambda: h.histc(4, 0, 2)),
        ("bernoulli_", lambda: h.clone().bernoulli_(0.5)), ("bernoulli", lambda: torch.bernoulli(h / 4)),
        ("multinomial", lambda: torch.multinomial(h, 1)),
        ("mse_loss", lambda: F.mse_loss(h, h)), ("l1_loss", lambda: F.l1_loss(h, h)),
        ("bce", lambda: F.binary_cross_entropy(h / 4, h / 4)), ("layer_norm", lambda: F.layer_norm(m, (2,))),
        ("cross_entropy", lambda: F.cross_entropy(m, torch.tensor([0, 1]))),
        ("softmax dim0", lambda: torch.softmax(m, 0)), ("log_softmax", lambda: torch.log_softmax(m, 1)),
        ("outer", lambda: torch.outer(h, h)), ("mv", lambda: torch.mv(m, m[0])), ("dot", lambda: h @ h),
        ("bmm", lambda: torch.bmm(m[None], m[None])), ("addmm", lambda: torch.addmm(m, m, m)),
        ("conv1d", lambda: F.conv1d(h[None, None], h[None, None, :2])), ("cdist", lambda: torch.cdist(m[None], m[None])),
    ]
    for label, fn in others:
        attempt(label, fn)

# clamp with float bounds promotes an integer tensor; the in-place form cannot
ints = torch.tensor([1, 7, -3], dtype=torch.int32)
print(ints.clamp(0.5, 5.5), ints.clamp(max=2.5), ints.clamp(0, 5), torch.tensor([1, 7]).clamp_min(0.5))
for dt in [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool]:
    attempt(f"clamp_ {str(dt)[6:]}", lambda: torch.tensor([1, 0], dtype=dt).clamp_(0.5, 5.5))
attempt("add_ float", lambda: torch.tensor([1]).add_(1.5))
attempt("mul_ float", lambda: ints.clone().mul_(1.5))

# index dtypes: who accepts int32, who insists on int64
x = torch.zeros(3)
idx32 = torch.tensor([1], dtype=torch.int32)
checks = [
    ("index_add_ i32", lambda: x.clone().index_add_(0, idx32, torch.tensor([1.0]))),
    ("index_add_ f32", lambda: x.clone().index_add_(0, torch.tensor([1.0]), torch.tensor([1.0]))),
    ("index_add_ u8", lambda: x.clone().index_add_(0, torch.tensor([1], dtype=torch.uint8), torch.tensor([1.0]))),
    ("index_add_ src", lambda: x.index_add(0, torch.tensor([1]), torch.tensor([1]))),
    ("index_copy i32", lambda: x.index_copy(0, idx32, torch.tensor([1.0]))),
    ("index_copy src", lambda: x.index_copy(0, torch.tensor([1]), torch.tensor([1]))),
    ("index_fill i32", lambda: x.index_fill(0, idx32, 1.0)),
    ("index_select i16", lambda: x.index_select(0, torch.tensor([1], dtype=torch.int16))),
    ("scatter_add i32", lambda: x.scatter_add(0, idx32, torch.tensor([1.0]))),
    ("scatter_add src", lambda: x.scatter_add(0, torch.tensor([1]), torch.tensor([1]))),
    ("scatter f64 src", lambda: x.scatter(0, torch.tensor([1]), torch.tensor([1.0], dtype=torch.float64))),
    ("gather 2-D idx", lambda: x.gather(0, torch.tensor([[1]]))),
    ("bincount u8", lambda: torch.bincount(torch.tensor([1, 2, 2], dtype=torch.uint8))),
    ("bincount i16", lambda: torch.bincount(torch.tensor([0, 3], dtype=torch.int16), minlength=5)),
    ("bincount bool", lambda: torch.bincount(torch.tensor([True, False]))),
    ("embedding f32", lambda: F.embedding(torch.tensor([0.0]), torch.eye(2))),
]
for label, fn in checks:
    attempt(label, fn)
print(torch.bincount(torch.tensor([1, 2, 2], dtype=torch.int8)), torch.where(torch.tensor([[0, 3], [5, 0]]) > 0))
