// torch's shape, joining and index_* functions beyond view/reshape/cat/stack: repeat, tile,
// repeat_interleave, split/chunk/tensor_split/narrow, roll, rot90, movedim, swapaxes, unflatten,
// h/v/d/column_stack, meshgrid, broadcast_to/_tensors, triu/tril, diagonal/diag_embed/trace,
// bmm/baddbmm/addmv, einsum, tensordot, kron, index_select/_add/_copy/_fill, take,
// masked_select. Many are PyTorch composites of other ops, and are composed the same way here
// so their grad_fn names match.
#include "lib/native/tensor_api.h"

#include <algorithm>
#include <map>

#include "ops/kernels.h"
#include "python/args.h"

namespace ag::interp {

namespace {

Shape int_list(Interpreter& in, ArgReader& r, size_t first, const char* name) {
  // f(x, 2, 3) or f(x, (2, 3)) or f(x, [2, 3])
  if (r.positional_count() > first + 1) {
    Shape s;
    for (size_t i = first; i < r.positional_count(); ++i) s.push_back(to_int(in, r.positional()[i]));
    return s;
  }
  Value v = r.required(first, name);
  if (v.is_int() || v.is_bool()) return {v.as_int()};
  return to_shape(in, v);
}

std::vector<Tensor> tensor_list(Interpreter& in, const Value& v) {
  std::vector<Tensor> out;
  for (const Value& item : in.iterate(v)) out.push_back(in.to_tensor(item, "tensors"));
  return out;
}

Value wrap_list(Interpreter& in, const std::vector<Tensor>& ts) {
  std::vector<Value> out;
  for (const Tensor& t : ts) out.push_back(in.wrap(t));
  return make_tuple(std::move(out));
}

Tensor movedim(const Tensor& t, Shape source, Shape destination) {
  const int64_t n = t.dim();
  if (source.size() != destination.size()) {
    runtime_error("movedim: Invalid source or destination dims: source (" + shape_str(source) +
                  " dims) should contain the same number of dims as destination (" + shape_str(destination) + " dims)");
  }
  for (auto& d : source) d = wrap_dim(d, n);
  for (auto& d : destination) d = wrap_dim(d, n);
  const auto require_unique = [](const Shape& dims, const char* which) {
    for (size_t i = 0; i < dims.size(); ++i) {
      if (std::find(dims.begin() + static_cast<std::ptrdiff_t>(i) + 1, dims.end(), dims[i]) != dims.end()) {
        runtime_error(std::string("movedim: repeated dim in `") + which + "` (" + shape_str(dims) + ")");
      }
    }
  };
  require_unique(source, "source");
  require_unique(destination, "destination");
  Shape order(static_cast<size_t>(n), -1);
  std::vector<bool> used(static_cast<size_t>(n), false);
  for (size_t i = 0; i < source.size(); ++i) {
    order[destination[i]] = source[i];
    used[source[i]] = true;
  }
  int64_t next = 0;
  for (auto& o : order) {
    if (o != -1) continue;
    while (used[next]) ++next;
    o = next++;
  }
  return permute(t, order);
}

Tensor atleast(const Tensor& t, int64_t dims) {
  if (t.dim() >= dims) return t;
  if (dims == 1) return reshape(t, {1});
  if (dims == 2) return t.dim() == 0 ? reshape(t, {1, 1}) : unsqueeze(t, 0);
  // atleast_3d: (n) -> (1, n, 1), (m, n) -> (m, n, 1)
  if (t.dim() == 0) return reshape(t, {1, 1, 1});
  if (t.dim() == 1) return unsqueeze(unsqueeze(t, 0), 2);
  return unsqueeze(t, 2);
}

// einsum by broadcasting: every operand laid out over all the equation's letters (absent ones
// of size 1, repeated ones as diagonals), multiplied, summed over the letters not in the output.
Tensor einsum(Interpreter& in, const std::string& equation, const std::vector<Tensor>& operands) {
  std::string eq;
  for (char ch : equation) if (ch != ' ') eq += ch;
  const size_t arrow = eq.find("->");
  const std::string lhs = eq.substr(0, arrow);
  std::vector<std::string> terms;
  size_t start = 0;
  for (size_t i = 0; i <= lhs.size(); ++i) {
    if (i == lhs.size() || lhs[i] == ',') {
      terms.push_back(lhs.substr(start, i - start));
      start = i + 1;
    }
  }
  if (terms.size() != operands.size()) {
    in.raise("RuntimeError", std::string("einsum(): ") + (operands.size() > terms.size() ? "more" : "fewer") +
                                 " operands were provided than specified in the equation");
  }
  // Ellipsis: '.' stands for the broadcast dims, written here as upper-case letters A, B, ...
  int64_t ell = 0;
  for (size_t k = 0; k < terms.size(); ++k) {
    const size_t dots = terms[k].find("...");
    if (dots == std::string::npos) continue;
    const int64_t named = static_cast<int64_t>(terms[k].size()) - 3;
    ell = std::max(ell, operands[k].dim() - named);
  }
  std::string ell_letters;
  for (int64_t i = 0; i < ell; ++i) ell_letters += static_cast<char>('A' + i);
  for (size_t k = 0; k < terms.size(); ++k) {
    const size_t dots = terms[k].find("...");
    if (dots == std::string::npos) continue;
    const int64_t here = operands[k].dim() - (static_cast<int64_t>(terms[k].size()) - 3);
    terms[k].replace(dots, 3, ell_letters.substr(static_cast<size_t>(ell - here)));
  }
  std::string out;
  if (arrow != std::string::npos) {
    out = eq.substr(arrow + 2);
    const size_t dots = out.find("...");
    if (dots != std::string::npos) out.replace(dots, 3, ell_letters);
  } else {  // implicit: the broadcast dims, then the letters that appear once, alphabetically
    std::map<char, int> count;
    for (const auto& t : terms) for (char ch : t) ++count[ch];
    out = ell_letters;
    for (auto& [ch, n] : count) if (n == 1 && !(ch >= 'A' && ch <= 'Z')) out += ch;
  }
  for (size_t i = 0; i < out.size(); ++i) {
    const std::string shown = out[i] >= 'A' && out[i] <= 'Z' ? "..." : std::string(1, out[i]);
    if (out.find(out[i], i + 1) != std::string::npos) {
      in.raise("RuntimeError", "einsum(): output subscript " + shown + " appears more than once in the output");
    }
    bool found = false;
    for (const auto& t : terms) found = found || t.find(out[i]) != std::string::npos;
    if (!found) in.raise("RuntimeError", "einsum(): output subscript " + shown + " does not appear in the equation for any input operand");
  }
  std::string letters = out;
  for (const auto& t : terms) for (char ch : t) if (letters.find(ch) == std::string::npos) letters += ch;
  std::map<char, int64_t> size;
  Tensor product;
  for (size_t k = 0; k < terms.size(); ++k) {
    Tensor x = operands[k];
    std::string term = terms[k];
    if (static_cast<int64_t>(term.size()) != x.dim()) {
      in.raise("RuntimeError", "einsum(): the number of subscripts in the equation (" + std::to_string(term.size()) +
                                   ") does not match the number of dimensions (" + std::to_string(x.dim()) +
                                   ") for operand " + std::to_string(k) + (ell ? "" : " and no ellipsis was given"));
    }
    // A letter repeated within one operand: take the diagonal.
    for (size_t i = 0; i < term.size(); ++i) {
      const size_t j = term.find(term[i], i + 1);
      if (j == std::string::npos) continue;
      x = diagonal(x, 0, static_cast<int64_t>(i), static_cast<int64_t>(j));
      std::string rest;
      for (size_t q = 0; q < term.size(); ++q) if (q != i && q != j) rest += term[q];
      term = rest + term[i];
      i = static_cast<size_t>(-1);
    }
    for (size_t i = 0; i < term.size(); ++i) {
      const int64_t n = x.shape()[i];
      auto it = size.find(term[i]);
      if (it != size.end() && it->second != n && it->second != 1 && n != 1) {
        in.raise("RuntimeError", std::string("einsum(): subscript ") + term[i] + " has size " + std::to_string(n) +
                                     " for operand " + std::to_string(k) +
                                     " which does not broadcast with previously seen size " + std::to_string(it->second));
      }
      if (it == size.end() || it->second == 1) size[term[i]] = n;
    }
    // Permute to the global letter order, with size-1 dims for absent letters.
    Shape order;
    for (char ch : letters) {
      const size_t at = term.find(ch);
      if (at != std::string::npos) order.push_back(static_cast<int64_t>(at));
    }
    Tensor p = permute(x, order);
    Shape shape;
    size_t q = 0;
    for (char ch : letters) shape.push_back(term.find(ch) != std::string::npos ? p.shape()[q++] : 1);
    Tensor laid = reshape(p, shape);
    product = product.defined() ? mul(product, laid) : laid;
  }
  Shape summed;
  for (size_t i = out.size(); i < letters.size(); ++i) summed.push_back(static_cast<int64_t>(i));
  Tensor r = summed.empty() ? product : ag::sum(product, summed, false);
  return r;
}

Tensor tensordot(const Tensor& a, const Tensor& b, Shape dims_a, Shape dims_b) {
  for (auto& d : dims_a) d = wrap_dim(d, a.dim());
  for (auto& d : dims_b) d = wrap_dim(d, b.dim());
  Shape free_a, free_b, out_shape;
  int64_t m = 1, n = 1, k = 1;
  for (int64_t d = 0; d < a.dim(); ++d) {
    if (std::find(dims_a.begin(), dims_a.end(), d) == dims_a.end()) {
      free_a.push_back(d);
      m *= a.shape()[d];
      out_shape.push_back(a.shape()[d]);
    }
  }
  for (int64_t d = 0; d < b.dim(); ++d) {
    if (std::find(dims_b.begin(), dims_b.end(), d) == dims_b.end()) {
      free_b.push_back(d);
      n *= b.shape()[d];
      out_shape.push_back(b.shape()[d]);
    }
  }
  for (size_t i = 0; i < dims_a.size(); ++i) {
    if (a.shape()[dims_a[i]] != b.shape()[dims_b[i]]) {
      runtime_error("contracted dimensions need to match, but first has size " + std::to_string(a.shape()[dims_a[i]]) +
                    " in dim " + std::to_string(dims_a[i] - a.dim()) + " and second has size " +
                    std::to_string(b.shape()[dims_b[i]]) + " in dim " + std::to_string(dims_b[i]));
    }
  }
  for (int64_t d : dims_a) k *= a.shape()[d];
  Shape pa = free_a, pb = dims_b;
  pa.insert(pa.end(), dims_a.begin(), dims_a.end());
  pb.insert(pb.end(), free_b.begin(), free_b.end());
  Tensor r = mm(reshape(permute(a, pa), {m, k}), reshape(permute(b, pb), {k, n}));
  return reshape(r, out_shape);
}

}  // namespace

void add_shape_functions(std::unordered_map<std::string, NativeFn>& m) {
  m["repeat"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "repeat", a, k);
    Tensor t = self_of(r);
    Shape reps = int_list(in, r, 1, "repeats");
    r.done();
    return in.wrap(repeat(t, reps));
  };
  m["tile"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "tile", a, k);
    Tensor t = self_of(r);
    Shape reps = int_list(in, r, 1, "dims");
    r.done();
    while (static_cast<int64_t>(reps.size()) < t.dim()) reps.insert(reps.begin(), 1);  // tile pads the reps
    return in.wrap(repeat(t, reps));
  };
  m["repeat_interleave"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "repeat_interleave", a, k);
    Tensor t = self_of(r);
    auto repeats = r.get(1, "repeats");
    auto dim = r.get(2, "dim");
    r.done();
    if (!repeats) {  // repeat_interleave(counts): the indices 0..n-1, each counts[i] times
      std::vector<int64_t> idx;
      for (int64_t i = 0; i < t.numel(); ++i) for (int64_t j = 0; j < t.flat_get_scalar(i).to_int(); ++j) idx.push_back(i);
      return in.wrap(from_int64s(idx, {static_cast<int64_t>(idx.size())}, DType::Int64));
    }
    Tensor x = t;
    int64_t d = 0;
    if (!dim || dim->is_none()) x = reshape(t, {t.numel()});
    else d = wrap_dim(to_int(in, *dim), t.dim());
    const int64_t n = x.shape()[d];
    std::vector<int64_t> counts;
    if (auto* rt = repeats->as<TensorObj>()) {
      for (int64_t i = 0; i < rt->tensor.numel(); ++i) counts.push_back(rt->tensor.flat_get_scalar(i).to_int());
      if (counts.size() == 1) counts.assign(static_cast<size_t>(n), counts[0]);
    } else {
      counts.assign(static_cast<size_t>(n), to_int(in, *repeats));
    }
    if (static_cast<int64_t>(counts.size()) != n) in.raise("RuntimeError", "repeats must have the same size as input along dim");
    std::vector<int64_t> idx;
    for (int64_t i = 0; i < n; ++i) for (int64_t j = 0; j < counts[i]; ++j) idx.push_back(i);
    return in.wrap(index_select(x, d, from_int64s(idx, {static_cast<int64_t>(idx.size())}, DType::Int64)));
  };
  m["split"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "split", a, k);
    Tensor t = self_of(r);
    Value sizes = r.required(1, "split_size_or_sections");
    const int64_t dim = wrap_dim(to_int(in, r.get(2, "dim").value_or(Value::integer(0))), t.dim());
    r.done();
    if (sizes.is_int()) {
      const int64_t s = sizes.as_int(), n = t.shape()[dim];
      if (s <= 0 && n) in.raise("RuntimeError", "split_size can only be 0 if dimension size is 0, but got dimension size of " + std::to_string(n));
      Shape pieces;
      for (int64_t at = 0; at < n; at += s) pieces.push_back(std::min(s, n - at));
      return wrap_list(in, split_with_sizes(t, pieces, dim, true));
    }
    return wrap_list(in, split_with_sizes(t, to_shape(in, sizes), dim, false));
  };
  m["chunk"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "chunk", a, k);
    Tensor t = self_of(r);
    const int64_t chunks = to_int(in, r.required(1, "chunks"));
    const int64_t dim = wrap_dim(to_int(in, r.get(2, "dim").value_or(Value::integer(0))), t.dim());
    r.done();
    if (chunks <= 0) in.raise("RuntimeError", "chunk expects `chunks` to be greater than 0, got: " + std::to_string(chunks));
    const int64_t n = t.shape()[dim], s = (n + chunks - 1) / chunks;
    Shape pieces;
    for (int64_t at = 0; at < n; at += std::max<int64_t>(s, 1)) pieces.push_back(std::min(s, n - at));
    return wrap_list(in, split_with_sizes(t, pieces, dim, true));
  };
  m["tensor_split"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "tensor_split", a, k);
    Tensor t = self_of(r);
    Value spec = r.required(1, "indices_or_sections");
    const int64_t dim = wrap_dim(to_int(in, r.get(2, "dim").value_or(Value::integer(0))), t.dim());
    r.done();
    const int64_t n = t.shape()[dim];
    Shape bounds;
    if (spec.is_int()) {  // n sections: the first n % sections get one more
      const int64_t sections = spec.as_int();
      if (sections <= 0) in.raise("RuntimeError", "number of sections must be larger than 0, got " + std::to_string(sections));
      const int64_t base = n / sections, extra = n % sections;
      int64_t at = 0;
      for (int64_t i = 0; i < sections - 1; ++i) bounds.push_back(at += base + (i < extra ? 1 : 0));
    } else {
      bounds = to_shape(in, spec);
    }
    std::vector<Tensor> out;
    int64_t prev = 0;
    for (size_t i = 0; i <= bounds.size(); ++i) {
      int64_t end = i < bounds.size() ? std::min(std::max(bounds[i], prev), n) : n;
      out.push_back(slice(t, dim, prev, end, 1));
      prev = end;
    }
    return wrap_list(in, out);
  };
  m["select"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "select", a, k);
    Tensor t = self_of(r);
    if (t.dim() == 0) in.raise("IndexError", "select() cannot be applied to a 0-dim tensor.");
    const int64_t dim = wrap_dim(to_int(in, r.required(1, "dim")), t.dim());
    const int64_t index = to_int(in, r.required(2, "index"));
    r.done();
    const int64_t size = t.shape()[dim];
    if (index < -size || index >= size) {
      std::string shape;
      for (int64_t s : t.shape()) shape += (shape.empty() ? "" : ", ") + std::to_string(s);
      in.raise("IndexError", "select(): index " + std::to_string(index) + " out of range for tensor of size [" + shape +
                                 "] at dimension " + std::to_string(dim));
    }
    return in.wrap(select(t, dim, index < 0 ? index + size : index));
  };
  m["narrow"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "narrow", a, k);
    Tensor t = self_of(r);
    const int64_t dim = wrap_dim(to_int(in, r.required(1, "dim")), t.dim());
    int64_t start = to_int(in, r.required(2, "start"));
    const int64_t length = to_int(in, r.required(3, "length"));
    r.done();
    if (start < 0) start += t.shape()[dim];
    if (start + length > t.shape()[dim]) in.raise("RuntimeError", "start (" + std::to_string(start) + ") + length (" + std::to_string(length) + ") exceeds dimension size (" + std::to_string(t.shape()[dim]) + ").");
    return in.wrap(slice(t, dim, start, start + length, 1));
  };
  m["roll"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "roll", a, k);
    Tensor t = self_of(r);
    Value shifts = r.required(1, "shifts");
    auto dims = r.get(2, "dims");
    r.done();
    Shape s = shifts.is_int() ? Shape{shifts.as_int()} : to_shape(in, shifts);
    Shape d;
    if (dims && !dims->is_none()) d = dims->is_int() ? Shape{dims->as_int()} : to_shape(in, *dims);
    return in.wrap(roll(t, s, d));
  };
  m["rot90"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "rot90", a, k);
    Tensor t = self_of(r);
    int64_t turns = to_int(in, r.get(1, "k").value_or(Value::integer(1)));
    auto dims = r.get(2, "dims");
    r.done();
    Shape d = dims ? to_shape(in, *dims) : Shape{0, 1};
    return in.wrap(rot90(t, turns, d));
  };
  for (const char* name : {"movedim", "moveaxis"}) {
    m[name] = [name](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      Value src = r.required(1, "source"), dst = r.required(2, "destination");
      r.done();
      Shape s = src.is_int() ? Shape{src.as_int()} : to_shape(in, src), d = dst.is_int() ? Shape{dst.as_int()} : to_shape(in, dst);
      return in.wrap(movedim(t, s, d));
    };
  }
  for (const char* name : {"swapaxes", "swapdims"}) {
    m[name] = [name](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      const int64_t d0 = to_int(in, r.required(1, "dim0")), d1 = to_int(in, r.required(2, "dim1"));
      r.done();
      return in.wrap(transpose(t, d0, d1));
    };
  }
  m["unflatten"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "unflatten", a, k);
    Tensor t = self_of(r);
    const int64_t dim = wrap_dim(to_int(in, r.required(1, "dim")), t.dim());
    const Value r_sizes = r.required(2, "sizes");
    Shape sizes = to_shape(in, r_sizes);
    r.done();
    Shape shape(t.shape().begin(), t.shape().begin() + dim);
    if (sizes.empty()) runtime_error("unflatten: sizes must be non-empty");
    int64_t known = 1, infer = -1;
    for (size_t i = 0; i < sizes.size(); ++i) {
      if (sizes[i] != -1) {
        known *= sizes[i];
      } else if (infer >= 0) {
        runtime_error("unflatten got an unexpected error:\nonly one dimension can be inferred");
      } else {
        infer = static_cast<int64_t>(i);
      }
    }
    const int64_t size = t.shape()[static_cast<size_t>(dim)];
    if (infer >= 0 && known != 0) sizes[static_cast<size_t>(infer)] = size / known;
    if ((infer >= 0 && (known == 0 || size % known != 0)) || (infer < 0 && known != size)) {
      runtime_error("unflatten: Provided sizes " + shape_str(to_shape(in, r_sizes)) + " don't multiply up to the size of dim " +
                    std::to_string(dim) + " (" + std::to_string(size) + ") in the input tensor");
    }
    shape.insert(shape.end(), sizes.begin(), sizes.end());
    shape.insert(shape.end(), t.shape().begin() + dim + 1, t.shape().end());
    return in.wrap(view(t, shape));
  };
  struct Stack {
    const char* name;
    int64_t at_least;
    int64_t dim;
  };
  for (const Stack& s : {Stack{"hstack", 1, 1}, Stack{"vstack", 2, 0}, Stack{"row_stack", 2, 0}, Stack{"dstack", 3, 2}}) {
    m[s.name] = [s](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, s.name, a, k);
      std::vector<Tensor> ts = tensor_list(in, r.required(0, "tensors"));
      r.done();
      // row_stack is vstack in ATen, and says so.
      if (ts.empty()) runtime_error(std::string(s.dim == 0 ? "vstack" : s.name) + " expects a non-empty TensorList");
      for (Tensor& t : ts) t = atleast(t, s.at_least);
      const int64_t dim = (s.dim == 1 && !ts.empty() && ts[0].dim() == 1) ? 0 : s.dim;  // hstack of vectors
      return in.wrap(cat(ts, dim));
    };
  }
  m["column_stack"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "column_stack", a, k);
    std::vector<Tensor> ts = tensor_list(in, r.required(0, "tensors"));
    r.done();
    if (ts.empty()) runtime_error("column_stack expects a non-empty TensorList");
    for (Tensor& t : ts) if (t.dim() <= 1) t = reshape(t, {t.numel(), 1});
    return in.wrap(cat(ts, 1));
  };
  m["meshgrid"] = [](Interpreter& in, Args& a, Kwargs& k) {
    std::vector<Tensor> ts;
    Value first = a.empty() ? none() : a[0];
    if (a.size() == 1 && !first.as<TensorObj>()) ts = tensor_list(in, first);
    else for (const Value& v : a) ts.push_back(in.to_tensor(v, "tensors"));
    std::string indexing = "ij";
    for (auto& [key, value] : k) {
      if (key == "indexing") indexing = in.str(value);
      else in.raise("TypeError", "meshgrid() got an unexpected keyword argument '" + key + "'");
    }
    if (indexing != "xy" && indexing != "ij") {
      runtime_error("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
    }
    if (ts.empty()) runtime_error("meshgrid expects a non-empty TensorList");
    const bool xy = indexing == "xy" && ts.size() >= 2;
    if (xy) std::swap(ts[0], ts[1]);
    Shape shape;
    for (const Tensor& t : ts) shape.push_back(t.numel());
    std::vector<Tensor> grids;
    for (size_t i = 0; i < ts.size(); ++i) {
      Shape view_shape(ts.size(), 1);
      view_shape[i] = ts[i].numel();
      grids.push_back(expand(view(ts[i], view_shape), shape));
    }
    if (xy) std::swap(grids[0], grids[1]);  // the grids of (y, x, ...), handed back as (x, y, ...)
    return wrap_list(in, grids);
  };
  m["broadcast_to"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "broadcast_to", a, k);
    Tensor t = self_of(r);
    Shape size = int_list(in, r, 1, "size");
    r.done();
    return in.wrap(expand(t, size));
  };
  m["broadcast_tensors"] = [](Interpreter& in, Args& a, Kwargs& k) {
    std::vector<Tensor> ts;
    for (const Value& v : a) ts.push_back(in.to_tensor(v, "tensors"));
    Shape shape;
    for (const Tensor& t : ts) shape = kernels::broadcast_shapes(shape, t.shape());  // ATen's infer_size, pairwise
    std::vector<Tensor> out;
    for (const Tensor& t : ts) out.push_back(expand(t, shape));
    return wrap_list(in, out);
  };
  for (const bool upper : {true, false}) {
    const char* name = upper ? "triu" : "tril";
    m[name] = [name, upper](Interpreter& in, Args& a, Kwargs& k) {
      ArgReader r(in, name, a, k);
      Tensor t = self_of(r);
      const int64_t diag = to_int(in, r.get(1, "diagonal").value_or(Value::integer(0)));
      r.done();
      return in.wrap(triangle(t, diag, upper));
    };
  }
  m["diagonal"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "diagonal", a, k);
    Tensor t = self_of(r);
    const int64_t offset = to_int(in, r.get(1, "offset").value_or(Value::integer(0)));
    const int64_t d1 = to_int(in, r.get(2, "dim1").value_or(Value::integer(0)));
    const int64_t d2 = to_int(in, r.get(3, "dim2").value_or(Value::integer(1)));
    r.done();
    return in.wrap(diagonal(t, offset, d1, d2));
  };
  m["diag_embed"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "diag_embed", a, k);
    Tensor t = self_of(r);
    const int64_t offset = to_int(in, r.get(1, "offset").value_or(Value::integer(0)));
    const int64_t d1 = to_int(in, r.get(2, "dim1").value_or(Value::integer(-2)));
    const int64_t d2 = to_int(in, r.get(3, "dim2").value_or(Value::integer(-1)));
    r.done();
    return in.wrap(diag_embed(t, offset, d1, d2));
  };
  m["trace"] = unary_fn("trace", trace);
  m["bmm"] = binary_fn("bmm", bmm);
  m["baddbmm"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "baddbmm", a, k);
    Tensor t = self_of(r);
    Tensor b1 = in.to_tensor(r.required(1, "batch1")), b2 = in.to_tensor(r.required(2, "batch2"));
    auto beta = r.keyword("beta"), alpha = r.keyword("alpha");
    r.done();
    return in.wrap(baddbmm(t, b1, b2, beta ? to_float(in, *beta) : 1.0, alpha ? to_float(in, *alpha) : 1.0));
  };
  m["addmv"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "addmv", a, k);
    Tensor t = self_of(r);
    Tensor mat = in.to_tensor(r.required(1, "mat")), vec = in.to_tensor(r.required(2, "vec"));
    auto beta = r.keyword("beta"), alpha = r.keyword("alpha");
    r.done();
    return in.wrap(addmv(t, mat, vec, beta ? to_float(in, *beta) : 1.0, alpha ? to_float(in, *alpha) : 1.0));
  };
  m["einsum"] = [](Interpreter& in, Args& a, Kwargs& k) {
    if (a.empty()) in.raise("TypeError", "einsum(): must specify the equation string and at least one operand, or at least one operand and its subscripts list");
    const std::string equation = in.str(a[0]);
    std::vector<Tensor> ops;
    if (a.size() == 2 && !a[1].as<TensorObj>()) ops = tensor_list(in, a[1]);
    else for (size_t i = 1; i < a.size(); ++i) ops.push_back(in.to_tensor(a[i], "operands"));
    return in.wrap(einsum(in, equation, ops));
  };
  m["tensordot"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "tensordot", a, k);
    Tensor x = self_of(r);
    Tensor y = in.to_tensor(r.required(1, "b"));
    Value dims = r.get(2, "dims").value_or(Value::integer(2));
    r.done();
    Shape da, db;
    if (dims.is_int()) {
      for (int64_t i = 0; i < dims.as_int(); ++i) {
        da.push_back(x.dim() - dims.as_int() + i);
        db.push_back(i);
      }
    } else {
      std::vector<Value> pair = in.iterate(dims);
      auto as_dims = [&](const Value& v) { return v.is_int() ? Shape{v.as_int()} : to_shape(in, v); };
      da = as_dims(pair.at(0));
      db = as_dims(pair.at(1));
    }
    return in.wrap(tensordot(x, y, da, db));
  };
  m["kron"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "kron", a, k);
    Tensor x = self_of(r);
    Tensor y = in.to_tensor(r.required(1, "other"));
    r.done();
    const int64_t nd = std::max(x.dim(), y.dim());
    Shape sx(static_cast<size_t>(nd - x.dim()), 1), sy(static_cast<size_t>(nd - y.dim()), 1);
    sx.insert(sx.end(), x.shape().begin(), x.shape().end());
    sy.insert(sy.end(), y.shape().begin(), y.shape().end());
    Shape ix, iy, out;
    for (int64_t d = 0; d < nd; ++d) {
      ix.insert(ix.end(), {sx[d], 1});
      iy.insert(iy.end(), {1, sy[d]});
      out.push_back(sx[d] * sy[d]);
    }
    // ATen: at::_unsafe_view of the fresh product, so the result's grad_fn is UnsafeViewBackward0.
    return in.wrap(unsafe_view(mul(reshape(x, ix), reshape(y, iy)), out));
  };
  m["index_select"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "index_select", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    r.done();
    return in.wrap(index_select(t, dim, index));
  };
  m["index_add"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "index_add", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    Tensor source = in.to_tensor(r.required(3, "source"), "source");
    auto alpha = r.keyword("alpha");
    r.done();
    return in.wrap(index_add(t, dim, index, source, alpha ? to_float(in, *alpha) : 1.0));
  };
  m["index_copy"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "index_copy", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    Tensor source = in.to_tensor(r.required(3, "source"), "source");
    r.done();
    return in.wrap(index_copy(t, dim, index, source));
  };
  m["index_fill"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "index_fill", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.required(1, "dim"));
    Tensor index = in.to_tensor(r.required(2, "index"), "index");
    const double value = to_float(in, r.required(3, "value"));
    r.done();
    return in.wrap(index_fill(t, dim, index, value));
  };
  m["addmm"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "addmm", a, k);
    Tensor t = self_of(r);
    Tensor m1 = in.to_tensor(r.required(1, "mat1")), m2 = in.to_tensor(r.required(2, "mat2"));
    auto beta = r.keyword("beta"), alpha = r.keyword("alpha");
    r.done();
    return in.wrap(addmm(t, m1, m2, beta ? to_float(in, *beta) : 1.0, alpha ? to_float(in, *alpha) : 1.0));
  };
  m["masked_select"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "masked_select", a, k);
    Tensor t = self_of(r);
    Tensor mask = in.to_tensor(r.required(1, "mask"), "mask");
    r.done();
    return in.wrap(masked_select(t, mask));
  };
  m["unbind"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "unbind", a, k);
    Tensor t = self_of(r);
    const int64_t dim = to_int(in, r.get(1, "dim").value_or(Value::integer(0)));
    r.done();
    return wrap_list(in, unbind(t, dim));
  };
  m["take"] = [](Interpreter& in, Args& a, Kwargs& k) {
    ArgReader r(in, "take", a, k);
    Tensor t = self_of(r);
    Tensor index = in.to_tensor(r.required(1, "index"), "index");
    r.done();
    return in.wrap(take(t, index));
  };
}

const std::vector<const char*>& shape_inplace_bases() {
  static const std::vector<const char*> bases = {"index_add", "index_copy", "index_fill", "triu", "tril"};
  return bases;
}

}  // namespace ag::interp
