# The wasm2c engine: modules are translated by wabt 1.0.32's wasm2c and
# compiled at load time (cached).  The wasm_rt runtime the generated code
# calls is our own build of wabt's wasm-rt-impl.c, with software bounds
# checks (no signal handler, no 8 GiB reservations), exported by -rdynamic.

W2C_DIR  := runtimes/engines/wasm2c
W2C_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(wildcard $(W2C_DIR)/*.c))
W2C_RT   := $(BUILD)/$(W2C_DIR)/wasm-rt-impl.o
W2C_DEFS := -DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0 -isystem /usr/share/wabt/wasm2c

ENGINES     += wasm2c
ENGINE_OBJS += $(W2C_OBJS) $(W2C_RT)

$(W2C_OBJS): RT_CFLAGS += $(W2C_DEFS)
$(W2C_OBJS): $(W2C_DIR)/w2c.h

# Not our code: built as wabt ships it, warnings off.
$(W2C_RT): /usr/share/wabt/wasm2c/wasm-rt-impl.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) -O2 -g -fPIC $(SAN) -w $(W2C_DEFS) -c $< -o $@
