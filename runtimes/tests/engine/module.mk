# The engine suite: every engine in pw_engines[] against engine.h.
ENGINE_TEST_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(wildcard runtimes/tests/engine/*.wat))
RT_TESTS += $(BUILD)/tests/test_engine

$(BUILD)/tests/test_engine: runtimes/tests/engine/test_engine.c $(LIB_A) \
    $(RT_LIB) $(ENGINE_TEST_WASM)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -Iruntimes/lib \
	    -DWASM_DIR='"$(BUILD)/wasm/runtimes/tests/engine"' \
	    -DCACHE_DIR='"$(abspath $(BUILD))/cache"' \
	    $< -o $@ $(LIB_A) $(RT_LINK) $$(pkg-config --cflags --libs check)
