# The vm layer's tests, on every engine.
VM_TEST_WAT := $(wildcard runtimes/tests/vm/*.wat)
VM_TEST_WASM := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,$(VM_TEST_WAT))
RT_TESTS += $(BUILD)/tests/test_vm

$(BUILD)/tests/test_vm: runtimes/tests/vm/test_vm.c $(LIB_A) $(RT_LIB) \
    $(VM_TEST_WASM)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -Iruntimes/lib \
	    -DWASM_DIR='"$(BUILD)/wasm/runtimes/tests/vm"' \
	    $< -o $@ $(LIB_A) $(RT_LINK) $$(pkg-config --cflags --libs check)
