#include "lib/native/tensor_index.h"

#include <algorithm>

#include "lib/native/numpy_bridge.h"
#include "tensor/narrow.h"

namespace ag::interp {

namespace {

bool is_full_slice(const SliceObj& s) { return s.start.is_none() && s.stop.is_none() && s.step.is_none(); }

std::optional<int64_t> opt_int(Interpreter& in, const Value& v) {
  if (v.is_none()) return std::nullopt;
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.numel() == 1 && !is_floating(t->tensor.dtype())) return t->tensor.item().to_int();
  }
  in.raise("TypeError", "slice indices must be integers or None or have an __index__ method");
}

Shape kernels_broadcast(const Shape& a, const Shape& b) {
  const size_t n = std::max(a.size(), b.size());
  Shape out(n, 1);
  for (size_t i = 0; i < n; ++i) {
    const int64_t x = i < n - a.size() ? 1 : a[i - (n - a.size())];
    const int64_t y = i < n - b.size() ? 1 : b[i - (n - b.size())];
    if (x != y && x != 1 && y != 1) {
      index_error("shape mismatch: indexing tensors could not be broadcast together with shapes " + shape_str(a) + ", " + shape_str(b));
    }
    out[i] = x == 1 ? y : x;
  }
  return out;
}

// t's shape from dim d on: what an index tensor at dim d addresses (a mask is checked against it).
Shape shape_from(const Tensor& t, int64_t d) { return Shape(t.shape().begin() + d, t.shape().end()); }

// A list of ints (or a tensor) used as an index becomes a long/bool tensor.
std::optional<Tensor> as_index_tensor(Interpreter& in, const Value& v) {
  if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.dim() == 0 && t->tensor.dtype() == DType::Int64) return std::nullopt;  // like an int
    return t->tensor;
  }
  if (v.as<ListObj>()) return tensor_from_data(in, v, std::nullopt);
  if (auto* r = v.as<RangeObj>()) {  // p[range(n), y], as PyTorch turns a range into a tensor
    std::vector<int64_t> values;
    for (int64_t x = r->start; r->step > 0 ? x < r->stop : x > r->stop; x += r->step) values.push_back(x);
    return from_int64s(values, {static_cast<int64_t>(values.size())}, DType::Int64);
  }
  return std::nullopt;
}

struct Item {
  enum class Kind { Int, Slice, None, Ellipsis, Tensor } kind = Kind::None;
  int64_t index = 0;
  const SliceObj* slice = nullptr;
  Tensor tensor;
  // x[True], x[torch.tensor(False)]: a 0-d mask adds a dim of size 1 and keeps it (True) or
  // empties it (False), consuming no dim of x.
  bool zero_dim_mask() const { return kind == Kind::Tensor && tensor.dim() == 0 && tensor.dtype() == DType::Bool; }
};

std::vector<Item> parse_index(Interpreter& in, const Value& index, bool& single) {
  std::vector<Value> raw;
  single = true;
  if (auto* tup = index.as<TupleObj>()) {
    raw = tup->items;
    single = false;
  } else {
    raw.push_back(index);
  }
  std::vector<Item> items;
  for (const Value& v : raw) {
    Item it;
    if (v.is_int() || v.is_bool()) {
      if (v.is_bool()) {
        it.kind = Item::Kind::Tensor;
        it.tensor = Tensor::scalar(Scalar(v.as_bool()), DType::Bool);
      } else {
        it.kind = Item::Kind::Int;
        it.index = v.as_int();
      }
    } else if (auto* s = v.as<SliceObj>()) {
      it.kind = Item::Kind::Slice;
      it.slice = s;
    } else if (v.is_none()) {
      it.kind = Item::Kind::None;
    } else if (v.as<EllipsisObj>()) {
      it.kind = Item::Kind::Ellipsis;
    } else if (auto t = as_index_tensor(in, v)) {
      it.kind = Item::Kind::Tensor;
      it.tensor = *t;
    } else if (auto* t0 = v.as<TensorObj>()) {
      it.kind = Item::Kind::Int;
      it.index = t0->tensor.item().to_int();
    } else {
      in.raise("IndexError", "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are "
                             "valid indices (got " + in.type_of(v)->name + ")");
    }
    items.push_back(std::move(it));
  }
  return items;
}

// Applies ints, slices, None and Ellipsis; returns the view and where a tensor index sits.
Tensor apply_basic(Interpreter& in, const Tensor& t, const std::vector<Item>& items, bool single,
                   int64_t* tensor_dim, const Item** tensor_item, std::vector<const Item*>* tensor_items = nullptr,
                   std::vector<int64_t>* tensor_dims = nullptr) {
  int64_t consumed = 0;
  for (const Item& it : items) {
    if (it.kind == Item::Kind::Int || it.kind == Item::Kind::Slice) ++consumed;
    if (it.kind == Item::Kind::Tensor && !it.zero_dim_mask()) {
      consumed += it.tensor.dtype() == DType::Bool ? std::max<int64_t>(it.tensor.dim(), 1) : 1;
    }
  }
  if (consumed > t.dim()) {
    in.raise("IndexError", "too many indices for tensor of dimension " + std::to_string(t.dim()));
  }
  Tensor r = t;
  int64_t dim = 0;
  int64_t source_dim = 0;  // the indexed tensor's dimension this item applies to, for messages
  *tensor_item = nullptr;
  for (const Item& it : items) {
    switch (it.kind) {
      case Item::Kind::Int: {
        const int64_t size = r.dim() > dim ? r.shape()[static_cast<size_t>(dim)] : 0;
        if (r.dim() > dim && (it.index < -size || it.index >= size)) {  // PyTorch names the source dimension
          in.raise("IndexError", "index " + std::to_string(it.index) + " is out of bounds for dimension " +
                                     std::to_string(source_dim) + " with size " + std::to_string(size));
        }
        r = index_int(r, it.index, dim);
        ++source_dim;
        break;
      }
      case Item::Kind::Slice: {
        if (!single && is_full_slice(*it.slice)) {  // PyTorch skips ':' inside a tuple
          ++dim;
          ++source_dim;
          break;
        }
        const int64_t step = opt_int(in, it.slice->step).value_or(1);
        if (step <= 0) in.raise("ValueError", "step must be greater than zero");
        r = slice(r, dim, opt_int(in, it.slice->start), opt_int(in, it.slice->stop), step);
        ++dim;
        ++source_dim;
        break;
      }
      case Item::Kind::None:
        r = unsqueeze(r, dim);
        ++dim;
        break;
      case Item::Kind::Ellipsis:
        dim += t.dim() - consumed;
        source_dim += t.dim() - consumed;
        break;
      case Item::Kind::Tensor:
        if (it.zero_dim_mask()) {
          r = unsqueeze(r, dim);
          --source_dim;  // the new dim is not one of x's
        }
        if (!*tensor_item) {
          *tensor_item = &it;
          *tensor_dim = dim;
        }
        if (tensor_items) tensor_items->push_back(&it);
        if (tensor_dims) tensor_dims->push_back(dim);
        dim += it.tensor.dtype() == DType::Bool ? std::max<int64_t>(it.tensor.dim(), 1) : 1;
        source_dim += it.tensor.dtype() == DType::Bool ? std::max<int64_t>(it.tensor.dim(), 1) : 1;
        break;
    }
  }
  return r;
}

// Index tensors separated by other indices (x[:, i, :, j], x[i, 1:, j]): as ATen does, the
// indexed dims move to the front in order and the result's indexed dims come first. The view
// is a permute, so writes through it reach the tensor and gradients flow back through it.
Tensor indexed_dims_to_front(const Tensor& r, const std::vector<int64_t>& dims, int64_t* tensor_dim) {
  bool adjacent = true;
  for (size_t i = 1; i < dims.size(); ++i) adjacent = adjacent && dims[i] == dims[i - 1] + 1;
  if (adjacent) return r;
  Shape order(dims.begin(), dims.end());
  for (int64_t d = 0; d < r.dim(); ++d) {
    if (std::find(dims.begin(), dims.end(), d) == dims.end()) order.push_back(d);
  }
  *tensor_dim = 0;
  return permute(r, order);
}

// Advanced indexing takes int64 positions and bool/uint8 masks only (int32 is refused in 1.13).
constexpr const char* kIndexDtypeError = "tensors used as indices must be long, byte or bool tensors";

// A mask's own check against the dims it covers, in 1.13's words (the indexed tensor is named
// whole, the dim absolutely).
void check_mask_shape(const Tensor& mask, const Shape& target_shape, int64_t d) {
  for (int64_t i = 0; i < mask.dim(); ++i) {
    const size_t at = static_cast<size_t>(d + i);
    if (at >= target_shape.size() || mask.shape()[static_cast<size_t>(i)] != target_shape[at]) {
      index_error("The shape of the mask " + shape_str(mask.shape()) + " at index " + std::to_string(i) +
                  " does not match the shape of the indexed tensor " + shape_str(target_shape) + " at index " +
                  std::to_string(d + static_cast<int64_t>(i)));
    }
  }
}

// Several index tensors at once: ATen turns each k-dim mask into k long tensors (the columns of
// its nonzero()), so x[i, mask] and x[mask, j] pair positions like x[i, j]. Returns one long
// index per dim, with the dims they index.
std::vector<Tensor> long_indices(const std::vector<const Item*>& items, const std::vector<int64_t>& item_dims,
                                 const Tensor& target, std::vector<int64_t>* dims) {
  std::vector<Tensor> out;
  for (size_t n = 0; n < items.size(); ++n) {
    const Tensor& index = items[n]->tensor;
    const int64_t d = item_dims[n];
    if (index.dtype() == DType::Bool || index.dtype() == DType::UInt8) {
      Tensor mask = index.dtype() == DType::Bool ? index : compare(index, Scalar(int64_t{0}), CompareOp::Ne);
      if (mask.dim() == 0) mask = unsqueeze(mask, 0);  // its dim was added by apply_basic
      check_mask_shape(mask, target.shape(), d);
      const Tensor where = nonzero(mask);  // [count, k]
      for (int64_t c = 0; c < mask.dim(); ++c) {
        out.push_back(contiguous(select(where, 1, c)));
        dims->push_back(d + c);
      }
    } else {
      if (index.dtype() != DType::Int64) index_error(kIndexDtypeError);
      out.push_back(index);
      dims->push_back(d);
    }
  }
  return out;
}

// The flat positions over dims [d, d + m) that m integer index tensors address together
// (broadcast against each other, as PyTorch pairs them).
Tensor combined_positions(const std::vector<Tensor>& indices, const Tensor& target, int64_t d) {
  Shape shape;
  for (size_t j = 0; j < indices.size(); ++j) {
    shape = j == 0 ? indices[j].shape() : kernels_broadcast(shape, indices[j].shape());
  }
  int64_t numel = 1;
  for (int64_t n : shape) numel *= n;
  std::vector<int64_t> linear(static_cast<size_t>(numel), 0);
  for (size_t j = 0; j < indices.size(); ++j) {
    const int64_t size = target.shape()[static_cast<size_t>(d) + j];
    const Tensor idx = contiguous(expand(indices[j], shape));
    for (int64_t i = 0; i < numel; ++i) {
      int64_t v = idx.flat_get_scalar(i).to_int();
      if (v < -size || v >= size) {
        index_error("index " + std::to_string(v) + " is out of bounds for dimension " + std::to_string(j) + " with size " + std::to_string(size));
      }
      if (v < 0) v += size;
      linear[static_cast<size_t>(i)] = linear[static_cast<size_t>(i)] * size + v;
    }
  }
  return from_int64s(linear, shape, DType::Int64);
}

// The positions (over the first k dims) an index tensor addresses.
Tensor positions_for(const Tensor& index, const Tensor& target, int64_t d, int64_t* k) {
  if (index.dtype() == DType::Bool || index.dtype() == DType::UInt8) {
    // A uint8 tensor is a mask, as before bool existed (PyTorch warns that this is deprecated).
    const Tensor mask = index.dtype() == DType::Bool ? index : compare(index, Scalar(int64_t{0}), CompareOp::Ne);
    *k = std::max<int64_t>(mask.dim(), 1);
    const Tensor m = mask.dim() == 0 ? unsqueeze(mask, 0) : mask;
    check_mask_shape(m, target.shape(), d);
    return mask_positions(m, shape_from(target, d));
  }
  if (index.dtype() != DType::Int64) index_error(kIndexDtypeError);
  *k = 1;
  return index;
}

}  // namespace

Tensor tensor_get_item(Interpreter& in, const Tensor& t, const Value& index) {
  bool single = true;
  std::vector<Item> items = parse_index(in, index, single);
  if (single && items.size() == 1 && items[0].kind == Item::Kind::Ellipsis) return t;
  int64_t tensor_dim = 0;
  const Item* tensor_item = nullptr;
  std::vector<const Item*> tensor_items;
  std::vector<int64_t> tensor_dims;
  Tensor r = apply_basic(in, t, items, single, &tensor_dim, &tensor_item, &tensor_items, &tensor_dims);
  if (!tensor_item) return r;
  int64_t k = 1;
  Tensor positions;
  if (tensor_items.size() > 1) {
    std::vector<int64_t> dims;
    const std::vector<Tensor> indices = long_indices(tensor_items, tensor_dims, r, &dims);
    r = indexed_dims_to_front(r, dims, &tensor_dim);
    k = static_cast<int64_t>(indices.size());
    positions = combined_positions(indices, r, tensor_dim);
  } else {
    positions = positions_for(tensor_item->tensor, r, tensor_dim, &k);
  }
  return index_at_dim(r, tensor_dim, k, positions);
}

void tensor_set_item(Interpreter& in, const Tensor& t, const Value& index, const Value& value) {
  bool single = true;
  std::vector<Item> items = parse_index(in, index, single);
  int64_t tensor_dim = 0;
  const Item* tensor_item = nullptr;
  std::vector<const Item*> tensor_items;
  std::vector<int64_t> tensor_dims;
  Tensor target = (single && items.size() == 1 && items[0].kind == Item::Kind::Ellipsis)
                      ? t
                      : apply_basic(in, t, items, single, &tensor_dim, &tensor_item, &tensor_items, &tensor_dims);
  Tensor source;
  if (auto* v = value.as<TensorObj>()) {
    source = v->tensor;
  } else if (value.is_number()) {
    source = Tensor::wrap_scalar(value.is_bool() ? Scalar(value.as_bool())
                                                  : value.is_int() ? Scalar(value.as_int())
                                                                   : Scalar(value.as_float()));
    // PyTorch turns the number into a tensor of the target's dtype (scalar_tensor, then fill_),
    // so x[0] = 200 on int8 raises fill_'s overflow error.
    check_scalar_fits(source.item(), t.dtype());
  } else {
    source = tensor_from_data(in, value, t.dtype());
  }
  if (tensor_item) {
    int64_t k = 1;
    Tensor positions;
    if (tensor_items.size() > 1) {
      std::vector<int64_t> dims;
      const std::vector<Tensor> indices = long_indices(tensor_items, tensor_dims, target, &dims);
      target = indexed_dims_to_front(target, dims, &tensor_dim);
      k = static_cast<int64_t>(indices.size());
      positions = combined_positions(indices, target, tensor_dim);
    } else {
      positions = positions_for(tensor_item->tensor, target, tensor_dim, &k);
    }
    index_put_at_dim_(target, tensor_dim, k, positions, source);
    return;
  }
  copy_(target, source);
}

// ---- torch.tensor(data) -------------------------------------------------------------------

namespace {

struct Gathered {
  std::vector<Scalar> values;
  Shape shape;
  int kind = -1;  // 0 bool, 1 int, 2 float
  DType tensor_dtype = DType::Bool;
  bool saw_tensor = false;
};

void gather(Interpreter& in, const Value& v, size_t depth, Gathered& g) {
  if (auto array = ndarray_tensor(in, v, true)) return gather(in, in.wrap(*array), depth, g);  // numpy's
  std::vector<Value> items;
  bool is_seq = false;
  if (auto* l = v.as<ListObj>()) {
    items = l->items;
    is_seq = true;
  } else if (auto* tu = v.as<TupleObj>()) {
    items = tu->items;
    is_seq = true;
  } else if (auto* t = v.as<TensorObj>()) {
    if (t->tensor.dim() > 0) {
      items = in.iterate(v);
      is_seq = true;
    } else {
      Scalar s = t->tensor.item();
      g.saw_tensor = true;
      g.tensor_dtype = promote_types(g.tensor_dtype, t->tensor.dtype());
      if (g.shape.size() > depth) in.raise("ValueError", "expected sequence of length " + std::to_string(g.shape[depth]) + " at dim " + std::to_string(depth) + " (got 0)");
      g.values.push_back(s);
      g.kind = std::max(g.kind, s.is_float() ? 2 : s.is_int() ? 1 : 0);
      return;
    }
  }
  if (is_seq) {
    if (g.shape.size() == depth) {
      if (!g.values.empty()) in.raise("ValueError", "expected sequence of length 0 at dim " + std::to_string(depth) + " (got " + std::to_string(items.size()) + ")");
      g.shape.push_back(static_cast<int64_t>(items.size()));
    } else if (g.shape[depth] != static_cast<int64_t>(items.size())) {
      in.raise("ValueError", "expected sequence of length " + std::to_string(g.shape[depth]) + " at dim " +
                                 std::to_string(depth) + " (got " + std::to_string(items.size()) + ")");
    }
    for (const Value& item : items) gather(in, item, depth + 1, g);
    return;
  }
  if (!v.is_number()) {
    in.raise("TypeError", "new(): invalid data type '" + in.type_of(v)->name + "'");
  }
  if (g.shape.size() > depth) {
    in.raise("TypeError", "not a sequence");
  }
  g.values.push_back(v.is_bool() ? Scalar(v.as_bool()) : v.is_int() ? Scalar(v.as_int()) : Scalar(v.as_float()));
  g.kind = std::max(g.kind, v.is_float() ? 2 : v.is_int() ? 1 : 0);
}

}  // namespace

Tensor tensor_from_data(Interpreter& in, const Value& data, std::optional<DType> dtype) {
  Gathered g;
  gather(in, data, 0, g);
  DType inferred = g.kind == 2 ? default_float_dtype() : g.kind == 1 ? DType::Int64 : DType::Bool;
  if (g.kind < 0) inferred = default_float_dtype();  // empty
  if (g.saw_tensor && is_floating(g.tensor_dtype) && g.kind == 2) inferred = promote_types(inferred, g.tensor_dtype);
  const DType d = dtype.value_or(inferred);
  Tensor t = Tensor::empty(g.shape, d);
  dispatch_dtype(d, [&](auto tag) {
    using T = decltype(tag);
    T* p = t.data_ptr<T>();
    for (size_t i = 0; i < g.values.size(); ++i) {
      const Scalar& s = g.values[i];
      // torch.tensor range-checks integer dtypes only (tensor([1e6], dtype=torch.half) is inf).
      if (!is_floating(d)) check_scalar_fits(s, d, true);
      if constexpr (std::is_same_v<T, int64_t>) p[i] = s.is_float() ? float_to_int64(s.f) : s.i;
      else p[i] = value_cast<T>(s.f);
    }
  });
  narrow_contiguous(t);
  return t;
}

}  // namespace ag::interp
