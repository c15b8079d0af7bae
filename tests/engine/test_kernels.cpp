// The inner loops under the ops: the GEMM against the reference BLAS order it promises (bit for
// bit, every remainder path of its tiles, transposed and strided operands), and the elementwise
// and copy fast paths against the strided paths they bypass.
#include <catch2/catch.hpp>

#include <cstring>
#include <random>
#include <vector>

#include "helpers.h"
#include "ops/gemm.h"
#include "ops/ops.h"
#include "ops/raw.h"

using namespace ag;

namespace {

// c = start (or 0); for k: c = c + a[i][k] * b[k][j]; then c + add_after: the order of the
// reference BLAS, written plainly.
template <typename T>
std::vector<T> reference(const std::vector<T>& a, int64_t a_row, int64_t a_col, const std::vector<T>& b,
                         int64_t n, int64_t m, int64_t p, const T* start, const T* add_after) {
  std::vector<T> c(static_cast<size_t>(n * p));
  for (int64_t i = 0; i < n; ++i) {
    for (int64_t j = 0; j < p; ++j) {
      T sum = start ? start[i * p + j] : T(0);
      for (int64_t k = 0; k < m; ++k) {
        const T product = a[static_cast<size_t>(i * a_row + k * a_col)] * b[static_cast<size_t>(k * p + j)];
        sum = sum + product;
      }
      if (add_after) sum = sum + add_after[i * p + j];
      c[static_cast<size_t>(i * p + j)] = sum;
    }
  }
  return c;
}

template <typename T>
void check_gemm_shapes() {
  std::mt19937 rng(7);
  std::normal_distribution<double> normal;
  const auto fill = [&](size_t count) {
    std::vector<T> v(count);
    for (T& x : v) x = static_cast<T>(normal(rng));
    return v;
  };
  for (int64_t n : {1, 2, 3, 5}) {
    for (int64_t m : {0, 1, 7, 33}) {
      // every way a row of C splits into 4-, 2- and 1-vector tiles and single columns
      for (int64_t p : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 37}) {
        const std::vector<T> a = fill(static_cast<size_t>(n * m)), b = fill(static_cast<size_t>(m * p));
        const std::vector<T> start = fill(static_cast<size_t>(n * p)), after = fill(static_cast<size_t>(n * p));
        for (bool transposed : {false, true}) {
          // transposed: A is stored as [m, n] and read through strides (1, n)
          const int64_t a_row = transposed ? 1 : m, a_col = transposed ? n : 1;
          for (int variant = 0; variant < 3; ++variant) {
            const T* s = variant == 1 ? start.data() : nullptr;
            const T* e = variant == 2 ? after.data() : nullptr;
            std::vector<T> c(static_cast<size_t>(n * p), T(-1));
            gemm::multiply<T>(a.data(), a_row, a_col, b.data(), p, c.data(), n, m, p, s, e);
            const std::vector<T> want = reference(a, a_row, a_col, b, n, m, p, s, e);
            INFO("n=" << n << " m=" << m << " p=" << p << " transposed=" << transposed << " variant=" << variant);
            CHECK(std::memcmp(c.data(), want.data(), c.size() * sizeof(T)) == 0);
          }
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("the GEMM rounds exactly as the reference BLAS loop, every tile remainder", "[kernels]") {
  check_gemm_shapes<float>();
  check_gemm_shapes<double>();
}

TEST_CASE("B read by rows at a stride wider than its columns", "[kernels]") {
  // B is the left 5 columns of a [4, 9] matrix: rows 9 apart.
  std::vector<float> a = {1.5f, -2.f, 0.25f, 3.f, 0.1f, 0.2f, 0.3f, 0.4f};  // [2, 4]
  std::vector<float> wide(36);
  for (size_t i = 0; i < wide.size(); ++i) wide[i] = 0.1f * static_cast<float>(i) - 1.f;
  std::vector<float> c(10), compact(20);
  for (int64_t k = 0; k < 4; ++k) {
    for (int64_t j = 0; j < 5; ++j) compact[static_cast<size_t>(k * 5 + j)] = wide[static_cast<size_t>(k * 9 + j)];
  }
  gemm::multiply<float>(a.data(), 4, 1, wide.data(), 9, c.data(), 2, 4, 5, nullptr, nullptr);
  const std::vector<float> want = reference<float>(a, 4, 1, compact, 2, 4, 5, nullptr, nullptr);
  CHECK(std::memcmp(c.data(), want.data(), c.size() * sizeof(float)) == 0);
}

TEST_CASE("elementwise fast paths agree with the strided path", "[kernels]") {
  Tensor x = test::tensor({1, -2, 3.5, 4, 5, -6}, {2, 3});
  Tensor xt = contiguous(t(x));  // the same numbers, contiguous, [3, 2]
  // contiguous with contiguous, with a Python scalar on either side, and transposed (strided)
  CHECK(test::repr(add(x, x)) == "tensor([[  2.,  -4.,   7.],\n        [  8.,  10., -12.]])");
  CHECK(test::repr(sub(x, Scalar(1.0))) == "tensor([[ 0.0000, -3.0000,  2.5000],\n        [ 3.0000,  4.0000, -7.0000]])");
  CHECK(test::repr(rsub(x, Scalar(1.0))) == "tensor([[ 0.0000,  3.0000, -2.5000],\n        [-3.0000, -4.0000,  7.0000]])");
  CHECK(test::repr(mul(t(x), xt)) == test::repr(mul(xt, xt)));
  // a [2, 1] column broadcast across [2, 3]: neither contiguous-equal nor a single element
  Tensor column = test::tensor({10, 20}, {2, 1});
  CHECK(test::repr(add(x, column)) == "tensor([[11.0000,  8.0000, 13.5000],\n        [24.0000, 25.0000, 14.0000]])");
}

TEST_CASE("copies: strided sources, single-value fills, overlapping contiguous ranges", "[kernels]") {
  Tensor x = test::tensor({1, 2, 3, 4, 5, 6}, {2, 3});
  Tensor copy = raw::contiguous_copy(t(x));
  CHECK(test::repr(copy) == "tensor([[1., 4.],\n        [2., 5.],\n        [3., 6.]])");
  Tensor filled = Tensor::uninitialized({2, 2}, DType::Float32);
  raw::copy_into(filled, Tensor::scalar(Scalar(7.0), DType::Float32));
  CHECK(test::repr(filled) == "tensor([[7., 7.],\n        [7., 7.]])");
  // x[0, 1:] = x[0, :2] reads [1, 2] before writing: the overlap is handled
  Tensor row = select(x, 0, 0);
  raw::copy_into(slice(row, 0, 1, std::nullopt, 1), slice(row, 0, 0, 2, 1));
  CHECK(test::repr(x) == "tensor([[1., 1., 2.],\n        [4., 5., 6.]])");
  // a float32 source into an int64 destination, converting (toward zero, as PyTorch)
  Tensor ints = Tensor::empty({3}, DType::Int64);
  raw::copy_into(ints, test::tensor({1.9, -2.5, 3}, {3}));
  CHECK(test::repr(ints) == "tensor([ 1, -2,  3])");
}
