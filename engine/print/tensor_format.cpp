// A C++ rendition of PyTorch's _tensor_str.py: one formatter chooses integer, fixed or
// scientific notation and a common width from the (summarised) values; the body is built
// recursively with 80-column wrapping; suffixes (dtype, grad_fn, requires_grad) are appended.
#include "print/tensor_format.h"

#include <cmath>
#include <vector>

#include "autograd/forward_ad.h"
#include "autograd/node.h"
#include "ops/raw.h"
#include "print/python_format.h"

namespace ag {

namespace {

// The values PyTorch's formatter looks at: all of them, or only the edges when summarising.
void collect_summarized(const Tensor& t, const PrintOptions& o, bool summarize,
                        std::vector<Scalar>& out) {
  if (t.dim() == 0) {
    out.push_back(t.item());
    return;
  }
  const int64_t n = t.shape()[0];
  auto take = [&](int64_t i) {
    if (t.dim() == 1) out.push_back(raw_select_view(t, 0, i).item());
    else collect_summarized(raw_select_view(t, 0, i), o, summarize, out);
  };
  if (summarize && n > 2 * o.edgeitems) {
    for (int64_t i = 0; i < o.edgeitems; ++i) take(i);
    for (int64_t i = n - o.edgeitems; i < n; ++i) take(i);
  } else {
    for (int64_t i = 0; i < n; ++i) take(i);
  }
}

class Formatter {
 public:
  Formatter(const std::vector<Scalar>& values, bool floating, const PrintOptions& o)
      : floating_(floating), precision_(o.precision) {
    if (!floating_) {
      for (const Scalar& v : values) width_ = std::max(width_, python_scalar_str(v).size());
      return;
    }
    std::vector<double> finite;
    for (const Scalar& v : values) {
      if (std::isfinite(v.f) && v.f != 0) finite.push_back(v.f);
    }
    if (finite.empty()) return;
    double lo = std::fabs(finite[0]), hi = lo;
    for (double v : finite) {
      lo = std::min(lo, std::fabs(v));
      hi = std::max(hi, std::fabs(v));
      if (v != std::ceil(v)) int_mode_ = false;
    }
    if (int_mode_) {
      if (hi / lo > 1000. || hi > 1.e8) {
        sci_mode_ = true;
        for (double v : finite) width_ = std::max(width_, python_sci(v, precision_).size());
      } else {
        for (double v : finite) width_ = std::max(width_, python_fixed(v, 0).size() + 1);
      }
    } else if (hi / lo > 1000. || hi > 1.e8 || lo < 1.e-4) {
      sci_mode_ = true;
      for (double v : finite) width_ = std::max(width_, python_sci(v, precision_).size());
    } else {
      for (double v : finite) width_ = std::max(width_, python_fixed(v, precision_).size());
    }
    if (o.sci_mode) sci_mode_ = *o.sci_mode;
  }

  size_t width() const { return width_; }

  std::string format(const Scalar& v) const {
    std::string s;
    if (!floating_) {
      s = python_scalar_str(v);
    } else if (sci_mode_) {
      s = python_sci(v.f, precision_);
    } else if (int_mode_) {
      s = python_fixed(v.f, 0);
      if (std::isfinite(v.f)) s += ".";
    } else {
      s = python_fixed(v.f, precision_);
    }
    return s.size() < width_ ? std::string(width_ - s.size(), ' ') + s : s;
  }

 private:
  bool floating_;
  int precision_;
  bool int_mode_ = true;
  bool sci_mode_ = false;
  size_t width_ = 1;
};

std::string vector_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f,
                       const PrintOptions& o) {
  const int64_t element_length = static_cast<int64_t>(f.width()) + 2;
  const int64_t per_line = std::max<int64_t>(1, (o.linewidth - indent) / element_length);
  const int64_t n = t.shape()[0];
  std::vector<std::string> data;
  if (summarize && n > 2 * o.edgeitems) {
    for (int64_t i = 0; i < o.edgeitems; ++i) data.push_back(f.format(t.flat_get_scalar(i)));
    data.push_back(" ...");
    for (int64_t i = n - o.edgeitems; i < n; ++i) data.push_back(f.format(t.flat_get_scalar(i)));
  } else {
    for (int64_t i = 0; i < n; ++i) data.push_back(f.format(t.flat_get_scalar(i)));
  }
  std::string out = "[";
  for (size_t i = 0; i < data.size(); ++i) {
    if (i > 0) {
      if (i % static_cast<size_t>(per_line) == 0) out += ",\n" + std::string(static_cast<size_t>(indent + 1), ' ');
      else out += ", ";
    }
    out += data[i];
  }
  return out + "]";
}

std::string body_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f,
                     const PrintOptions& o) {
  const int64_t dim = t.dim();
  if (dim == 0) return f.format(t.item());
  if (dim == 1) return vector_str(t, indent, summarize, f, o);
  const int64_t n = t.shape()[0];
  std::vector<std::string> slices;
  if (summarize && n > 2 * o.edgeitems) {
    for (int64_t i = 0; i < o.edgeitems; ++i) slices.push_back(body_str(raw_select_view(t, 0, i), indent + 1, summarize, f, o));
    slices.push_back("...");
    for (int64_t i = n - o.edgeitems; i < n; ++i) slices.push_back(body_str(raw_select_view(t, 0, i), indent + 1, summarize, f, o));
  } else {
    for (int64_t i = 0; i < n; ++i) slices.push_back(body_str(raw_select_view(t, 0, i), indent + 1, summarize, f, o));
  }
  const std::string sep = "," + std::string(static_cast<size_t>(dim - 1), '\n') +
                          std::string(static_cast<size_t>(indent + 1), ' ');
  std::string out = "[";
  for (size_t i = 0; i < slices.size(); ++i) {
    if (i) out += sep;
    out += slices[i];
  }
  return out + "]";
}

std::string tuple_str(const Shape& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1) s += ",";
  return s + ")";
}

}  // namespace

PrintOptions& print_options() {
  static PrintOptions options;
  return options;
}

std::string tensor_body(const Tensor& t, int64_t indent, const PrintOptions& o) {
  if (t.numel() == 0) return "[]";
  const bool summarize = t.numel() > o.threshold;
  std::vector<Scalar> values;
  collect_summarized(t, o, summarize, values);
  Formatter f(values, is_floating(t.dtype()), o);
  return body_str(t, indent, summarize, f, o);
}

std::string tensor_repr(const Tensor& t, const PrintOptions& o) {
  const std::string prefix = "tensor(";
  const int64_t indent = static_cast<int64_t>(prefix.size());
  std::vector<std::string> suffixes;
  std::string body;
  const bool default_dtype = t.dtype() == default_float_dtype() || t.dtype() == DType::Int64 || t.dtype() == DType::Bool;
  if (t.numel() == 0) {
    if (t.dim() != 1) suffixes.push_back("size=" + tuple_str(t.shape()));
    if (t.dtype() != default_float_dtype()) suffixes.push_back(std::string("dtype=") + dtype_name(t.dtype()));
    body = "[]";
  } else {
    if (!default_dtype) suffixes.push_back(std::string("dtype=") + dtype_name(t.dtype()));
    body = tensor_body(t, indent, o);
  }
  if (t.grad_fn()) {
    suffixes.push_back("grad_fn=<" + t.grad_fn()->name() + ">");
  } else if (t.requires_grad()) {
    suffixes.push_back("requires_grad=True");
  }
  // A dual tensor (forward-mode AD) shows its tangent as "tangent={}".format(tangent) does:
  // a 0-d tangent formats as its Python float.
  if (Tensor tangent = forward_ad::tangent(t); tangent.defined()) {
    suffixes.push_back("tangent=" + (tangent.dim() == 0 ? python_float_repr(tangent.item().to_double())
                                                         : tensor_repr(tangent, o)));
  }
  std::string out = prefix + body;
  const size_t newline = out.rfind('\n');
  // As _add_suffixes computes it (with no newline, rfind gives -1 there).
  int64_t last_line_len = static_cast<int64_t>(out.size()) -
                          (newline == std::string::npos ? -1 : static_cast<int64_t>(newline)) + 1;
  for (const std::string& suffix : suffixes) {
    const int64_t len = static_cast<int64_t>(suffix.size());
    if (last_line_len + len + 2 > o.linewidth) {
      out += ",\n" + std::string(static_cast<size_t>(indent), ' ') + suffix;
      last_line_len = indent + len;
    } else {
      out += ", " + suffix;
      last_line_len += len + 2;
    }
  }
  return out + ")";
}

}  // namespace ag
