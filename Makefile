# The two commands of the README, and a few for developers. The real build is CMake.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: setup build demo test clean

setup:
	scripts/setup

build: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# Each example article is dated as the events it reports, so that dated roles resolve.
demo: build
	rm -f dyad.db
	$(BUILD)/dyad code examples/state-visit.txt --date 2018-04-24 --db dyad.db
	$(BUILD)/dyad code examples/ukraine-2022.txt --date 2022-02-24 --db dyad.db
	$(BUILD)/dyad code examples/cup-final.txt --date 2024-05-18 --db dyad.db
	$(BUILD)/dyad query --db dyad.db

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) dyad.db

# Developer and CI targets: the whole test suite under AddressSanitizer and UndefinedBehavior-
# Sanitizer, and the libFuzzer targets (clang) run briefly over their seed corpora.
SANITIZE_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz

.PHONY: sanitize fuzz-build fuzz-smoke

sanitize: setup
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS)

fuzz-build: setup
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_FUZZ=ON \
	  -DDYAD_BUILD_TESTS=OFF -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers

fuzz-smoke: fuzz-build
	fuzz/smoke.sh $(FUZZ_BUILD)
