// PyTorch's CPU summation order (see cascade_sum.h). The structure follows ATen's SumKernel.cpp
// and TensorIterator: the same chunking, accumulator layout and dim ordering, so every addition
// happens on the same operands in the same order.
#include "ops/cascade_sum.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ag {

namespace {

// W adjacent elements added lane by lane: one AVX2 register (Vectorized<T>) when W > 1, a plain
// scalar when W == 1. Lane-wise IEEE additions give the register's results without intrinsics.
template <typename T, int W>
struct Lanes {
  T v[W];

  static Lanes zero() {
    Lanes l;
    std::fill_n(l.v, W, T(0));
    return l;
  }
  static Lanes load(const T* p) {
    Lanes l;
    std::copy_n(p, W, l.v);
    return l;
  }
  void add(const Lanes& o) {
    for (int i = 0; i < W; ++i) v[i] += o.v[i];
  }
};

// Elements per 256-bit register.
template <typename T>
constexpr int kLanes = static_cast<int>(32 / sizeof(T));

int64_t ceil_log2(int64_t x) {
  if (x <= 2) return 1;
  int64_t bits = 0;
  for (uint64_t v = static_cast<uint64_t>(x - 1); v != 0; v >>= 1) ++bits;
  return bits;
}

// NRows independent sums over i < size of the lanes at in + i * row_stride + k * col_stride
// (k < NRows). Each sum adds level_step rows into level 0, then carries level j into level j + 1
// whenever the row count is a multiple of level_step^j: a cascade in one pass with O(1) state.
template <typename T, int W, int NRows>
std::array<Lanes<T, W>, NRows> multi_row_sum(const T* in, int64_t row_stride, int64_t col_stride,
                                             int64_t size) {
  constexpr int kLevels = 4;
  const int64_t level_power = std::max<int64_t>(4, ceil_log2(size) / kLevels);
  const int64_t level_step = int64_t(1) << level_power;
  const int64_t level_mask = level_step - 1;

  Lanes<T, W> acc[kLevels][NRows];
  for (auto& level : acc) {
    for (auto& a : level) a = Lanes<T, W>::zero();
  }
  auto add_row = [&](int64_t i) {
    const T* base = in + i * row_stride;
    for (int k = 0; k < NRows; ++k) acc[0][k].add(Lanes<T, W>::load(base + k * col_stride));
  };

  int64_t i = 0;
  while (i + level_step <= size) {
    for (int64_t j = 0; j < level_step; ++j, ++i) add_row(i);
    for (int j = 1; j < kLevels; ++j) {
      for (int k = 0; k < NRows; ++k) {
        acc[j][k].add(acc[j - 1][k]);
        acc[j - 1][k] = Lanes<T, W>::zero();
      }
      if ((i & (level_mask << (j * level_power))) != 0) break;
    }
  }
  for (; i < size; ++i) add_row(i);

  std::array<Lanes<T, W>, NRows> sums;
  for (int k = 0; k < NRows; ++k) {
    for (int j = 1; j < kLevels; ++j) acc[0][k].add(acc[j][k]);
    sums[k] = acc[0][k];
  }
  return sums;
}

// One sum of `size` lanes `stride` elements apart, split over 4 accumulators (rows i, i+1, i+2,
// i+3 go to different ones) that are added together at the end.
template <typename T, int W>
Lanes<T, W> row_sum(const T* in, int64_t stride, int64_t size) {
  constexpr int kIlp = 4;
  const int64_t size_ilp = size / kIlp;
  auto partial = multi_row_sum<T, W, kIlp>(in, stride * kIlp, stride, size_ilp);
  for (int64_t i = size_ilp * kIlp; i < size; ++i) partial[0].add(Lanes<T, W>::load(in + i * stride));
  for (int k = 1; k < kIlp; ++k) partial[0].add(partial[k]);
  return partial[0];
}

template <typename T>
T scalar_row_sum(const T* in, int64_t stride, int64_t size) {
  return row_sum<T, 1>(in, stride, size).v[0];
}

// A contiguous row of at least kLanes elements: whole registers first, then the leftover
// elements in order, then the register's lanes in order.
template <typename T>
T vectorized_row_sum(const T* row, int64_t n) {
  constexpr int W = kLanes<T>;
  const int64_t vec_count = n / W;
  const Lanes<T, W> lanes = row_sum<T, W>(row, W, vec_count);
  T total = 0;
  for (int64_t k = vec_count * W; k < n; ++k) total += row[k];
  for (int l = 0; l < W; ++l) total += lanes.v[l];
  return total;
}

// Reduces over dim 0 (size0 rows, inner_stride apart) with output columns contiguous in the
// input: 4 registers of columns at a time, then one register, then single columns. A column's
// order depends on which of the three it falls in.
template <typename T>
void vectorized_outer_sum(const T* in, int64_t inner_stride, T* out, int64_t out_stride,
                          int64_t size0, int64_t size1) {
  constexpr int W = kLanes<T>;
  int64_t j = 0;
  for (; j + 4 * W <= size1; j += 4 * W) {
    const auto sums = multi_row_sum<T, W, 4>(in + j, inner_stride, W, size0);
    for (int r = 0; r < 4; ++r) {
      for (int l = 0; l < W; ++l) out[(j + r * W + l) * out_stride] += sums[r].v[l];
    }
  }
  for (; j + W <= size1; j += W) {
    const Lanes<T, W> sums = row_sum<T, W>(in + j, inner_stride, size0);
    for (int l = 0; l < W; ++l) out[(j + l) * out_stride] += sums.v[l];
  }
  for (; j < size1; ++j) out[j * out_stride] += scalar_row_sum(in + j, inner_stride, size0);
}

template <typename T>
void scalar_outer_sum(const T* in, int64_t stride0, int64_t stride1, T* out, int64_t out_stride,
                      int64_t size0, int64_t size1) {
  int64_t j = 0;
  for (; j + 3 < size1; j += 4) {
    const auto sums = multi_row_sum<T, 1, 4>(in + j * stride1, stride0, stride1, size0);
    for (int k = 0; k < 4; ++k) out[(j + k) * out_stride] += sums[k].v[0];
  }
  for (; j < size1; ++j) out[j * out_stride] += scalar_row_sum(in + j * stride1, stride0, size0);
}

// One 2-D step of TensorIterator (ATen's loop2d): dim 0 has size0 and strides in0/out0, dim 1
// size1 and in1/out1. Adds into out, which starts at zero.
template <typename T>
void sum_step(const T* in, T* out, int64_t in0, int64_t in1, int64_t out0, int64_t out1,
              int64_t size0, int64_t size1) {
  if (out0 != 0 && out1 == 0) {  // make dim 0 the reduced one
    std::swap(in0, in1);
    std::swap(out0, out1);
    std::swap(size0, size1);
  }
  if (out0 != 0 && out1 != 0) {  // nothing reduced here: out += in
    for (int64_t j = 0; j < size1; ++j) {
      for (int64_t i = 0; i < size0; ++i) out[i * out0 + j * out1] += in[i * in0 + j * in1];
    }
    return;
  }
  constexpr int W = kLanes<T>;
  if (in0 == 1 && size0 >= W) {
    for (int64_t j = 0; j < size1; ++j) out[j * out1] += vectorized_row_sum(in + j * in1, size0);
  } else if (in1 == 1 && size1 >= W) {
    vectorized_outer_sum(in, in0, out, out1, size0, size1);
  } else if (in0 < in1) {
    for (int64_t j = 0; j < size1; ++j) out[j * out1] += scalar_row_sum(in + j * in1, in0, size0);
  } else {
    scalar_outer_sum(in, in0, in1, out, out1, size0, size1);
  }
}

}  // namespace

template <typename T>
T cascade_sum_contiguous(const T* data, int64_t n) {
  // ATen zero-fills the output and adds the row's sum to it (so -0 comes out as +0).
  T out = 0;
  out += n >= kLanes<T> ? vectorized_row_sum(data, n) : scalar_row_sum(data, 1, n);
  return out;
}

template <typename T>
void cascade_sum_columns(const T* data, int64_t rows, int64_t cols, int64_t row_stride, T* out) {
  cascade_sum_reduce(data, {rows, cols}, {row_stride, 1}, {true, false}, false, out);
}

template <typename T>
void cascade_sum_reduce(const T* data, const std::vector<int64_t>& shape,
                        const std::vector<int64_t>& strides, const std::vector<bool>& reduced,
                        bool keepdim, T* out) {
  const int nd = static_cast<int>(shape.size());

  // The result's strides as TensorIterator sees them, per input dim: contiguous over the kept
  // dims, 0 (broadcast) over reduced dims, except that keepdim gives a reduced dim of size 1 a
  // real stride.
  std::vector<int64_t> out_strides(static_cast<size_t>(nd));
  int64_t running = 1;
  for (int d = nd - 1; d >= 0; --d) {
    if (reduced[d]) {
      out_strides[d] = keepdim && shape[d] == 1 ? running : 0;
    } else {
      out_strides[d] = running;
      running *= std::max<int64_t>(shape[d], 1);
    }
  }

  // TensorIterator::reorder_dimensions: an insertion sort, fastest dim first, that puts reduced
  // dims (output stride 0) first and otherwise orders by the output's strides, then the input's.
  std::vector<int> perm(static_cast<size_t>(nd));
  for (int i = 0; i < nd; ++i) perm[i] = nd - 1 - i;
  auto should_swap = [&](int d0, int d1) {
    for (int arg = 0; arg < 2; ++arg) {
      const std::vector<int64_t>& s = arg == 0 ? out_strides : strides;
      const int64_t s0 = s[d0], s1 = s[d1];
      if (arg == 0 && (s0 == 0) != (s1 == 0)) return s1 == 0 ? 1 : -1;
      if (s0 == 0 || s1 == 0) continue;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      if (shape[d0] > shape[d1]) return 1;
    }
    return 0;
  };
  for (int i = 1; i < nd; ++i) {
    int dim1 = i;
    for (int dim0 = i - 1; dim0 >= 0; --dim0) {
      const int c = should_swap(perm[dim0], perm[dim1]);
      if (c > 0) {
        std::swap(perm[dim0], perm[dim1]);
        dim1 = dim0;
      } else if (c < 0) {
        break;
      }
    }
  }
  std::vector<int64_t> sizes, in_st, out_st;
  for (int d : perm) {
    sizes.push_back(shape[d]);
    in_st.push_back(strides[d]);
    out_st.push_back(out_strides[d]);
  }

  // TensorIterator::coalesce_dimensions: merge neighbours that step like one dim.
  if (nd > 1) {
    int prev = 0;
    for (int d = 1; d < nd; ++d) {
      const bool mergeable = sizes[prev] == 1 || sizes[d] == 1 ||
                             (sizes[prev] * in_st[prev] == in_st[d] &&
                              sizes[prev] * out_st[prev] == out_st[d]);
      if (mergeable) {
        if (sizes[prev] == 1) {
          in_st[prev] = in_st[d];
          out_st[prev] = out_st[d];
        }
        sizes[prev] *= sizes[d];
      } else if (++prev != d) {
        in_st[prev] = in_st[d];
        out_st[prev] = out_st[d];
        sizes[prev] = sizes[d];
      }
    }
    sizes.resize(static_cast<size_t>(prev) + 1);
    in_st.resize(sizes.size());
    out_st.resize(sizes.size());
  }

  int64_t out_numel = 1;
  for (int d = 0; d < nd; ++d) {
    if (!reduced[d]) out_numel *= shape[d];
  }
  std::fill_n(out, out_numel, T(0));

  // serial_for_each: one 2-D step per index of dims 2.. (dim 2 fastest).
  const size_t n = sizes.size();
  const int64_t size0 = n > 0 ? sizes[0] : 1, size1 = n > 1 ? sizes[1] : 1;
  const int64_t in0 = n > 0 ? in_st[0] : 0, in1 = n > 1 ? in_st[1] : 0;
  const int64_t out0 = n > 0 ? out_st[0] : 0, out1 = n > 1 ? out_st[1] : 0;
  std::vector<int64_t> index(n, 0);
  while (true) {
    int64_t in_off = 0, out_off = 0;
    for (size_t d = 2; d < n; ++d) {
      in_off += index[d] * in_st[d];
      out_off += index[d] * out_st[d];
    }
    sum_step(data + in_off, out + out_off, in0, in1, out0, out1, size0, size1);
    size_t d = 2;
    for (; d < n; ++d) {
      if (++index[d] < sizes[d]) break;
      index[d] = 0;
    }
    if (d >= n) break;
  }
}

template float cascade_sum_contiguous(const float*, int64_t);
template double cascade_sum_contiguous(const double*, int64_t);
template void cascade_sum_columns(const float*, int64_t, int64_t, int64_t, float*);
template void cascade_sum_columns(const double*, int64_t, int64_t, int64_t, double*);
template void cascade_sum_reduce(const float*, const std::vector<int64_t>&,
                                 const std::vector<int64_t>&, const std::vector<bool>&, bool,
                                 float*);
template void cascade_sum_reduce(const double*, const std::vector<int64_t>&,
                                 const std::vector<int64_t>&, const std::vector<bool>&, bool,
                                 double*);

}  // namespace ag
