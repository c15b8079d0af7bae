// engine/tensor/narrow.cpp against real PyTorch 1.13: float16/bfloat16 rounding of float32 bit
// patterns, float -> narrow integer conversion and int64 -> narrow integer wrapping, with the
// expected values of tests/golden/narrow_goldens.json (generate_narrow_goldens.py).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "ops/ops.h"
#include "tensor/narrow.h"
#include "tensor/tensor.h"

using nlohmann::json;
using namespace ag;

namespace {

const json& goldens() {
  static const json doc = [] {
    std::ifstream in(AG_GOLDEN_DIR "/narrow_goldens.json");
    if (!in) throw std::runtime_error("cannot open narrow_goldens.json");
    return json::parse(in);
  }();
  return doc;
}

float from_bits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

uint32_t bits_of(float f) {
  uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}

// A rounded NaN is any NaN (PyTorch keeps the payload bits it likes); everything else bit for bit.
int64_t rounding_mismatches(const char* key, float (*round)(float)) {
  const json& r = goldens()["rounding"];
  int64_t bad = 0;
  for (size_t i = 0; i < r["input_bits"].size(); ++i) {
    const float x = from_bits(r["input_bits"][i].get<uint32_t>());
    const float want = from_bits(r[key][i].get<uint32_t>());
    const float got = round(x);
    const bool ok = std::isnan(want) ? std::isnan(got) : bits_of(got) == bits_of(want);
    if (!ok) {
      if (++bad <= 5) WARN(key << ": " << x << " gave " << got << ", PyTorch " << want);
    }
  }
  return bad;
}

double input_value(const json& v) {
  if (v.is_number()) return v.get<double>();
  const std::string s = v.get<std::string>();
  if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
  return s == "inf" ? INFINITY : -INFINITY;
}

const std::pair<const char*, DType> kIntegerDtypes[] = {
    {"uint8", DType::UInt8}, {"int8", DType::Int8}, {"int16", DType::Int16}, {"int32", DType::Int32}};

}  // namespace

TEST_CASE("float32 rounds to float16 as PyTorch does (nearest even, subnormals, overflow to inf)", "[narrow]") {
  CHECK(rounding_mismatches("float16_bits", round_to_half) == 0);
}

TEST_CASE("float32 rounds to bfloat16 as PyTorch does", "[narrow]") {
  CHECK(rounding_mismatches("bfloat16_bits", round_to_bfloat16) == 0);
}

TEST_CASE("float32 and float64 convert to narrow integers as PyTorch's x86 kernels do", "[narrow]") {
  for (const char* source : {"float32", "float64"}) {
    const json& c = goldens()["conversions"][source];
    for (const auto& [name, d] : kIntegerDtypes) {
      int64_t bad = 0;
      for (size_t i = 0; i < c["input"].size(); ++i) {
        const double x = input_value(c["input"][i]);
        const int64_t want = c[name][i].get<int64_t>();
        const int64_t got = float_to_integer(x, d, std::string(source) == "float64");
        if (got != want && ++bad <= 5) WARN(source << " -> " << name << ": " << x << " gave " << got << ", PyTorch " << want);
      }
      INFO(source << " -> " << name);
      CHECK(bad == 0);
    }
  }
}

TEST_CASE("int64 wraps into narrower integers in two's complement", "[narrow]") {
  const json& w = goldens()["wrapping"];
  for (const auto& [name, d] : kIntegerDtypes) {
    int64_t bad = 0;
    for (size_t i = 0; i < w["input"].size(); ++i) {
      const int64_t x = w["input"][i].get<int64_t>();
      const int64_t want = w[name][i].get<int64_t>();
      if (wrap_integer(x, d) != want && ++bad <= 5) WARN(name << ": " << x << " gave " << wrap_integer(x, d));
    }
    INFO(name);
    CHECK(bad == 0);
  }
}

TEST_CASE("a tensor conversion goes through the same rules as the scalar functions", "[narrow]") {
  // The first conversion inputs through Tensor.to, so the kernel path cannot drift from narrow.cpp.
  const json& c = goldens()["conversions"]["float32"];
  const size_t n = 23;  // the hand-picked edge values
  Tensor t = Tensor::empty({static_cast<int64_t>(n)}, DType::Float32);
  for (size_t i = 0; i < n; ++i) t.data_ptr<float>()[i] = static_cast<float>(input_value(c["input"][i]));
  for (const auto& [name, d] : kIntegerDtypes) {
    Tensor u = to_dtype(t, d);
    for (size_t i = 0; i < n; ++i) {
      INFO(name << " element " << i);
      CHECK(u.flat_get_scalar(static_cast<int64_t>(i)).to_int() == c[name][i].get<int64_t>());
    }
  }
}

TEST_CASE("range checks of Python numbers written into narrow tensors", "[narrow]") {
  // The texts and bounds are in docs/pytorch-facts/narrow-dtypes.md (from PyTorch 1.13).
  CHECK_NOTHROW(check_scalar_fits(Scalar(int64_t{-255}), DType::UInt8));
  CHECK_THROWS_WITH(check_scalar_fits(Scalar(int64_t{-256}), DType::UInt8),
                    "value cannot be converted to type uint8_t without overflow");
  CHECK_THROWS_WITH(check_scalar_fits(Scalar(-0.5), DType::UInt8), "value cannot be converted to type uint8_t without overflow");
  CHECK_THROWS_WITH(check_scalar_fits(Scalar(127.9), DType::Int8, true), "value cannot be converted to type int8 without overflow");
  CHECK_THROWS_WITH(check_scalar_fits(Scalar(int64_t{1} << 33), DType::Int32), "value cannot be converted to type int without overflow");
  CHECK_THROWS_WITH(check_scalar_fits(Scalar(1e6), DType::Float16), "value cannot be converted to type at::Half without overflow");
  CHECK_NOTHROW(check_scalar_fits(Scalar(std::numeric_limits<double>::infinity()), DType::Float16));
}
