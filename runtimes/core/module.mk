# The runtime core: vm layer, Wasm binary reader, engine and version
# registries, the glue of every version.
# Everything that loads Wasm links $(RT_LINK) (see the Makefile): the core,
# every engine, and -rdynamic so host plugins resolve pw_vm_* and the glue
# from the binary.

RT_CORE_SRC := $(sort $(wildcard runtimes/core/*.c))
RT_OBJS += $(patsubst %.c,$(BUILD)/%.o,$(RT_CORE_SRC)) \
    $(BUILD)/engines.o $(GLUE_OBJS)

$(BUILD)/%.o: %.c runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -c $< -o $@

$(BUILD)/%.o: %.cc runtimes/core/*.h
	@mkdir -p $(dir $@)
	$(Q)$(CXX) $(RT_CXXFLAGS) -c $< -o $@

# The engine registry, rewritten only when the list of engines changes.
$(BUILD)/engines.c: FORCE
	$(call registry,engine.h,pw_engine,$(ENGINES),pw_engines,pw_engine_)

$(BUILD)/engines.o: $(BUILD)/engines.c runtimes/core/engine.h
	$(Q)$(CC) $(RT_CFLAGS) -c $< -o $@

# WAT test modules: runtimes/**/X.wat -> $(BUILD)/wasm/X.wasm, silently;
# the stamp says in one line how many were (re)built.  X.tmpl.wat is a
# template, rendered per version when it runs (conformance/FORMAT.md).
$(BUILD)/wasm/%.wasm: %.wat
	@mkdir -p $(dir $@)
	$(Q)wat2wasm $< -o $@

WASM_ALL := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(shell find runtimes conformance -name '*.wat' \
    ! -name '*.tmpl.wat')))
$(BUILD)/wasm/stamp: $(WASM_ALL)
	$(SAY) WASM "$(words $?) modules"
	@touch $@
build: $(BUILD)/wasm/stamp

.PHONY: FORCE
FORCE:
