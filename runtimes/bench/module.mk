# make bench: numbers per engine (see bench.c).
# filter.tmpl.wat is rendered for every version of the registry by the
# template renderer of `pwabi certify --render` (conformance/FORMAT.md).
BENCH_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(filter-out %.tmpl.wat,$(wildcard runtimes/bench/*.wat))) \
    $(foreach v,$(PW_VERSIONS),$(BUILD)/wasm/runtimes/bench/filter@$(v).wasm)

$(BUILD)/wasm/runtimes/bench/filter@%.wasm: runtimes/bench/filter.tmpl.wat \
    conformance/runner/render.c | $(BUILD)/pwabi
	@mkdir -p $(dir $@)
	$(Q)$(BUILD)/pwabi certify --render $< --abi $* > $@.wat
	$(Q)wat2wasm $@.wat -o $@

# Built with everything else, so a change that breaks it is seen.
RT_BINS += $(BUILD)/bench/pwabi_bench

$(BUILD)/bench/pwabi_bench: runtimes/bench/bench.c $(LIB_A) $(RT_LIB) \
    $(BENCH_WASM)
	$(SAY) LD "$@"
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -Iruntimes/lib $< -o $@ $(LIB_A) $(RT_LINK)

bench: $(BUILD)/bench/pwabi_bench $(BUILD)/hosts/reference.so
	$(Q)$(BUILD)/bench/pwabi_bench $(BUILD)/wasm/runtimes/bench \
	    $(BUILD)/hosts/reference.so
	$(Q)sh runtimes/bench/instructions.sh $(BUILD)/bench/pwabi_bench \
	    $(BUILD)/wasm/runtimes/bench $(BUILD)/hosts/reference.so
