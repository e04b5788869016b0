# The engine suite: every engine in pw_engines[] against engine.h.
ENGINE_TEST_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(wildcard runtimes/tests/engine/*.wat))
RT_TESTS += $(BUILD)/tests/test_engine

$(BUILD)/tests/test_engine: runtimes/tests/engine/test_engine.c $(RT_LIB) \
    $(ENGINE_TEST_WASM)
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -DWASM_DIR='"$(BUILD)/wasm/runtimes/tests/engine"' \
	    -DCACHE_DIR='"$(abspath $(BUILD))/cache"' \
	    $< -o $@ $(RT_LINK) $$(pkg-config --cflags --libs check)
