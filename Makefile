# pwabi: spec -> generators -> generated/ -> runtimes -> conformance.
#   make           install missing packages, regenerate, build
#   make check     every test, including the generated/ freshness gate
#   make generate  rewrite generated/ from spec/

LUA    ?= lua5.4
BUILD  ?= build
WARN    = -std=c11 -Wall -Wextra -Werror -pedantic
CHECK   = $$(pkg-config --cflags --libs check)

# The ABI versions: $(GEN)/versions.mk (PW_VERSIONS, PW_PREFIX_<v>) is
# written by `make generate` from spec/; nothing here names a version.
# GEN=DIR builds from another generated tree (gen/tests/test_registry.lua).
GEN      ?= generated
include $(GEN)/versions.mk
GEN_H     = runtimes/core/pwabi_rt.h $(GEN)/versions.def $(GEN)/pw_host.h \
    $(wildcard $(GEN)/*/*.h $(GEN)/*/*.def)
GEN_INC   = -I$(GEN) $(foreach v,$(PW_VERSIONS),-I$(GEN)/$(v))
GLUE_OBJS = $(foreach v,$(PW_VERSIONS),$(BUILD)/glue/$(v).o)
GLUE_LIBS = $(foreach v,$(PW_VERSIONS),$(BUILD)/libpwabi_$(v).a)

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
    -fPIC $(SAN) -Iruntimes/core $(GEN_INC)
RT_CXXFLAGS = -std=c++17 -Wall -Wextra -O2 -g -fPIC $(SAN) \
    -Iruntimes/core $(GEN_INC)
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
    conformance/*/module.mk gen/tests/*/module.mk))

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

# The generated host glue: one object and one static library per version.
build: $(GLUE_LIBS) $(RT_BINS)

define glue_rules
$(BUILD)/glue/$(1).o: $(GEN)/$(1)/$(PW_PREFIX_$(1))_host.c $(GEN_H)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(RT_CFLAGS) -c $$< -o $$@
$(BUILD)/libpwabi_$(1).a: $(BUILD)/glue/$(1).o
	$$(AR) rcs $$@ $$<
endef
$(foreach v,$(PW_VERSIONS),$(eval $(call glue_rules,$(v))))

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


clean:
	rm -rf $(BUILD)
