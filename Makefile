# pwabi: spec -> generators -> generated/ -> runtimes -> conformance.
#   make           install missing packages, regenerate, build
#   make check     every test, including the generated/ freshness gate
#   make generate  rewrite generated/ from spec/

LUA    ?= lua5.4
BUILD  ?= build
WARN    = -std=c11 -Wall -Wextra -Werror -pedantic
CHECK   = $$(pkg-config --cflags --libs check)
VERS    = v1alpha
GLUE_v1alpha = generated/v1alpha/pw_v1a_host.c

.PHONY: all deps generate gate build check test-lua test-glue clean \
    test-runtimes sanitize bench

all: deps generate build

# Runtimes: every component folder brings a module.mk that adds to these.
#   ENGINES        engine names (runtimes/engines/<name>/)
#   ENGINE_OBJS    objects of the engines
#   RT_OBJS        objects of the runtime core
#   RT_BINS        binaries `make build` makes
#   RT_TESTS       test binaries `make check` runs (each exits 0 on success)
#   RT_LIBS        extra link flags (e.g. -lwabt -lstdc++)
# Objects go under $(BUILD); $(SAN) holds sanitizer flags (make sanitize).
# -fPIC objects may still inline calls inside one file: nothing in pwabi is
# meant to be interposed (-fno-semantic-interposition).
SAN     ?=
RT_CFLAGS = -std=c11 -Wall -Wextra -Werror -pedantic -D_GNU_SOURCE -O2 -g \
    -fno-semantic-interposition \
    -fPIC $(SAN) -Iruntimes/core -Igenerated/common -Igenerated/v1alpha
RT_CXXFLAGS = -std=c++17 -Wall -Wextra -O2 -g -fPIC $(SAN) \
    -Iruntimes/core -Igenerated/common -Igenerated/v1alpha
# RT_LIB is defined before the includes: module.mk files name it in
# prerequisites, which make expands as it reads them.
RT_LIB      = $(BUILD)/libpwabi_rt.a
RT_LINK     = -rdynamic -Wl,--whole-archive $(RT_LIB) -Wl,--no-whole-archive \
    $(RT_LIBS) -ldl -lm
ENGINES    :=
ENGINE_OBJS :=
RT_OBJS    :=
RT_BINS    :=
RT_TESTS   :=
RT_LIBS    :=
include $(sort $(wildcard runtimes/*/module.mk runtimes/*/*/module.mk \
    conformance/*/module.mk))

# After the includes: prerequisites expand when the rule is read.
$(RT_LIB): $(RT_OBJS) $(ENGINE_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

deps:
	@sh .ci/deps

generate:
	$(LUA) gen/generate.lua

gate:
	$(LUA) gen/generate.lua --check

# The generated host glue as a static library per ABI version.
build: $(BUILD)/libpwabi_v1alpha.a $(RT_BINS)

$(BUILD)/libpwabi_v1alpha.a: $(GLUE_v1alpha) generated/v1alpha/*.h \
    generated/v1alpha/*.def generated/common/pwabi_rt.h
	@mkdir -p $(BUILD)
	$(CC) $(WARN) -O2 -fPIC -c $(GLUE_v1alpha) -o $(BUILD)/pw_v1a_host.o
	$(AR) rcs $@ $(BUILD)/pw_v1a_host.o

check: deps gate test-lua test-glue test-runtimes sanitize
	@echo "make check: all tests passed"

test-runtimes: $(RT_TESTS)
	@set -e; for t in $(RT_TESTS); do echo "== $$t"; $$t; done

# Every runtime test and the certification again, built with
# AddressSanitizer and UBSan.
sanitize: deps
	$(MAKE) BUILD=build/asan \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	    test-runtimes certify

test-lua:
	$(LUA) gen/tests/run.lua

# The glue unit tests, built with gcc and clang, and once more with
# AddressSanitizer and UBSan.
test-glue: $(BUILD)/test_glue_gcc $(BUILD)/test_glue_clang \
    $(BUILD)/test_glue_asan
	$(BUILD)/test_glue_gcc
	$(BUILD)/test_glue_clang
	$(BUILD)/test_glue_asan

GLUE_TEST_SRC = $(GLUE_v1alpha) gen/tests/c/test_glue.c
GLUE_TEST_INC = -Igenerated/v1alpha

$(BUILD)/test_glue_%: $(GLUE_TEST_SRC) generated/v1alpha/*.h
	@mkdir -p $(BUILD)
	$* $(WARN) -O2 $(GLUE_TEST_INC) $(GLUE_TEST_SRC) $(CHECK) -o $@

$(BUILD)/test_glue_asan: $(GLUE_TEST_SRC) generated/v1alpha/*.h
	@mkdir -p $(BUILD)
	gcc $(WARN) -O1 -g -fsanitize=address,undefined \
	    -fno-sanitize-recover=all $(GLUE_TEST_INC) $(GLUE_TEST_SRC) \
	    $(CHECK) -o $@

clean:
	rm -rf $(BUILD)
