# pwabi certify, the conformance runner (conformance/runner/): a command
# of $(BUILD)/pwabi ($(COMMANDS), runtimes/lib/module.mk) built on
# runtimes/core and runtimes/lib; `make certify` runs it on every engine
# with spec-strict.

CERT_DIR   := conformance/runner
CERT_BUILD := $(BUILD)/conformance/runner
CERT_SRC   := $(sort $(wildcard $(CERT_DIR)/*.c))
CERT_COBJS := $(patsubst %.c,$(BUILD)/%.o,$(CERT_SRC))
CASE_WASM  := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(filter-out %.tmpl.wat,$(wildcard conformance/cases/*/*.wat))))
CERT_PROFILE ?= spec-strict

COMMANDS += certify
CMD_OBJS += $(CERT_COBJS) $(CERT_BUILD)/executor_lua.o
CMD_LIBS += $$(pkg-config --libs check lua5.4)

$(CERT_COBJS): $(BUILD)/%.o: %.c $(CERT_DIR)/*.h runtimes/lib/*.h \
    runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(LIB_CFLAGS) $$(pkg-config --cflags check) -c $< -o $@

# executor.lua as C (runtimes/lib/embed.lua says how).
$(CERT_BUILD)/executor_lua.c: $(CERT_DIR)/executor.lua runtimes/lib/embed.lua
	@mkdir -p $(dir $@)
	$(Q)$(LUA) runtimes/lib/embed.lua pw_certify_executor_lua $< < $< > $@.tmp
	$(Q)mv $@.tmp $@

$(CERT_BUILD)/executor_lua.o: $(CERT_BUILD)/executor_lua.c \
    runtimes/lib/drive.h
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

# Every engine, every version, the spec-strict profile, the reference
# host.  CERT_FLAGS: more flags (e.g. --abi v0_2_1).
CERT_FLAGS ?=
.PHONY: certify
certify: $(BUILD)/pwabi $(BUILD)/hosts/reference.so $(BUILD)/wasm/stamp
	@set -e; rc=0; for e in $(ENGINES); do \
	  $(BUILD)/pwabi certify --engine $$e --profile $(CERT_PROFILE) \
	    --host $(BUILD)/hosts/reference.so --wasm-dir $(BUILD)/wasm \
	    --out $(BUILD)/certify/$$e $(CERT_FLAGS) || rc=1; \
	done; exit $$rc

# Bad host fixtures (runtimes/hosts/reference/fixtures/README.md): the
# reference host's objects with one file recompiled under a -D that routes
# one function through the fixture's wrapper.
#   $(call cf_fixture,name,file,define)
FX_DIR   := runtimes/hosts/reference/fixtures
FX_REF   := $(patsubst runtimes/hosts/reference/%.c,\
    $(BUILD)/hosts/reference/%.o,\
    $(sort $(wildcard runtimes/hosts/reference/*.c)))
FX_SO    :=

define cf_fixture
FX_SO += $(BUILD)/hosts/fixtures/$(1).so
$(BUILD)/hosts/fixtures/$(1)/$(2).o: runtimes/hosts/reference/$(2).c \
    runtimes/hosts/reference/ref.h runtimes/core/*.h $(GEN_H)
	@mkdir -p $$(dir $$@)
	$$(Q)$$(CC) $$(RT_CFLAGS) -fvisibility=hidden $(3) -c $$< -o $$@
$(BUILD)/hosts/fixtures/$(1)/fx.o: $(FX_DIR)/$(1).c \
    runtimes/hosts/reference/ref.h runtimes/core/*.h $$(GEN_H)
	@mkdir -p $$(dir $$@)
	$$(Q)$$(CC) $$(RT_CFLAGS) -fvisibility=hidden -Iruntimes/hosts/reference \
	    -c $$< -o $$@
$(BUILD)/hosts/fixtures/$(1).so: $(filter-out %/$(2).o,$(FX_REF)) \
    $(BUILD)/hosts/fixtures/$(1)/$(2).o $(BUILD)/hosts/fixtures/$(1)/fx.o
	$$(Q)$$(CC) -shared $$(SAN) $$^ -o $$@
endef

$(eval $(call cf_fixture,silent_log,driver,-Dref_log=fx_log))
$(eval $(call cf_fixture,ignore_cas,driver,-Dref_set_shared=fx_set_shared))
$(eval $(call cf_fixture,pairs_count,maps,-Dref_pairs_encode=fx_pairs_encode))
$(eval $(call cf_fixture,trap_bad_memory,driver,-Dpw_vm_new=fx_vm_new))
$(eval $(call cf_fixture,no_l4,driver,-Dpwabi_host=fx_inner_host))

# The runner's own tests: its small case tree, the bad host fixtures,
# malformed cases and profiles (tests/run.sh).
CERT_TEST_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(filter-out %.tmpl.wat,$(wildcard $(CERT_DIR)/tests/*/*/*.wat))))
RT_TESTS += $(CERT_BUILD)/test_certify

$(CERT_BUILD)/test_certify: $(CERT_DIR)/tests/run.sh $(BUILD)/pwabi \
    $(BUILD)/hosts/reference.so $(FX_SO) $(CERT_TEST_WASM) $(CASE_WASM)
	@mkdir -p $(dir $@)
	$(Q)printf '#!/bin/sh\ncd "%s" && exec sh %s/tests/run.sh "%s"\n' \
	    "$(CURDIR)" "$(CERT_DIR)" "$(BUILD)" > $@
	$(Q)chmod +x $@

# `make` and `make check` certify the reference host on every engine.
all: certify
check: certify
