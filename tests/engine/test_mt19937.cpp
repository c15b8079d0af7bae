// engine/random/mt19937.h: the same stream as the standard's mt19937 across several lazy
// regenerations, and PyTorch's left/next bookkeeping that the state tensor records.
#include <catch2/catch.hpp>

#include <random>

#include "random/generator.h"
#include "random/mt19937.h"

using namespace ag;

TEST_CASE("Mt19937 draws std::mt19937's numbers for the same seed", "[random]") {
  for (uint32_t seed : {0u, 5489u, 0xffffffffu}) {
    Mt19937 ours(seed);
    std::mt19937 reference(seed);
    for (int i = 0; i < 3 * Mt19937::kWords + 5; ++i) REQUIRE(ours() == reference());
  }
}

TEST_CASE("Mt19937 regenerates lazily, on the first draw after seeding", "[random]") {
  Mt19937 g(42);
  CHECK(g.left() == 1);
  CHECK(g.next() == 0);
  const uint32_t first_word = g.words()[0];
  g();
  CHECK(g.left() == Mt19937::kWords);
  CHECK(g.next() == 1);
  CHECK(g.words()[0] != first_word);
}

TEST_CASE("Generator state round-trips, cached normal included", "[random]") {
  Generator g(2);
  g.normal_double();  // leaves the second Box-Muller value cached
  const std::vector<uint8_t> saved = g.state();
  REQUIRE(saved.size() == Generator::kStateBytes);
  const double cached = g.normal_double();
  const uint32_t word = g.random();
  g.set_state(saved);
  CHECK(g.normal_double() == cached);
  CHECK(g.random() == word);
  CHECK(g.state().size() == Generator::kStateBytes);
}

TEST_CASE("Generator set_state refuses wrong sizes and impossible states", "[random]") {
  Generator g(1);
  std::vector<uint8_t> bytes = g.state();
  CHECK_THROWS_WITH(g.set_state(std::vector<uint8_t>(100)),
                    Catch::Contains("found the input RNG state size to be 100"));
  bytes[12] = 0;  // seeded = 0
  CHECK_THROWS_WITH(g.set_state(bytes), Catch::Contains("Invalid mt19937 state"));
  std::vector<uint8_t> legacy = Generator(1).state();
  legacy.resize(Generator::kLegacyStateBytes);
  CHECK_NOTHROW(g.set_state(legacy));
}
