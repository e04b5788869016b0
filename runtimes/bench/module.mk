# make bench: numbers per engine (see bench.c).
BENCH_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(wildcard runtimes/bench/*.wat))

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
