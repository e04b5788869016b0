# The reference host: $(BUILD)/hosts/reference.so, loaded with dlopen by
# whoever drives it; pw_vm_* and the glue come from the loading binary.
# Objects are built with hidden visibility so that only pwabi_host is
# exported and nothing clashes with $(RT_LIB) in the loader.

REF_DIR  := runtimes/hosts/reference
REF_SRC  := $(sort $(wildcard $(REF_DIR)/*.c))
REF_OBJ   = $(patsubst $(REF_DIR)/%.c,$(BUILD)/hosts/reference/%.o,$(REF_SRC))
REF_SO    = $(BUILD)/hosts/reference.so
REF_WAT  := $(sort $(wildcard $(REF_DIR)/tests/*.wat))
REF_WASM  = $(patsubst %.wat,$(BUILD)/wasm/%.wasm,$(REF_WAT))
# Not in $(BUILD)/hosts: a test-only host, no --host choice.
REF_ANY_SO = $(BUILD)/hosts/reference_any/reference_any.so
REF_TDEF  = -DREF_SO='"$(REF_SO)"' -DREF_ANY_SO='"$(REF_ANY_SO)"' \
    -DREF_WASM='"$(BUILD)/wasm/$(REF_DIR)/tests"'

RT_BINS  += $(REF_SO)
RT_TESTS += $(BUILD)/hosts/reference/test_pure \
    $(BUILD)/hosts/reference/test_host $(REF_DIR)/tests/guest_current.sh

$(BUILD)/hosts/reference/%.o: $(REF_DIR)/%.c $(REF_DIR)/ref.h \
    runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -fvisibility=hidden -c $< -o $@

$(REF_SO): $(REF_OBJ)
	$(SAY) LD "$@"
	$(Q)$(CC) -shared $(SAN) $^ -o $@

# Tests only: the host binding each module to the version whose marker it
# exports (tests/any_abi.c), for guests of the newer versions.
$(BUILD)/hosts/reference_any/driver.o: $(REF_DIR)/driver.c $(REF_DIR)/ref.h \
    runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -fvisibility=hidden -Dpw_vm_new=ref_any_vm_new \
	    -c $< -o $@

$(BUILD)/hosts/reference_any/any_abi.o: $(REF_DIR)/tests/any_abi.c \
    $(REF_DIR)/ref.h runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(RT_CFLAGS) -fvisibility=hidden -I$(REF_DIR) -c $< -o $@

$(REF_ANY_SO): $(filter-out %/driver.o,$(REF_OBJ)) \
    $(BUILD)/hosts/reference_any/driver.o $(BUILD)/hosts/reference_any/any_abi.o
	$(Q)$(CC) -shared $(SAN) $^ -o $@

# Pure parts (pairs codec, options, map lists, id table): no engine needed.
$(BUILD)/hosts/reference/test_pure: $(REF_DIR)/tests/test_pure.c \
    $(BUILD)/hosts/reference/pairs.o $(BUILD)/hosts/reference/util.o \
    $(BUILD)/hosts/reference/ids.o \
    $(BUILD)/hosts/reference/options.o $(RT_LIB)
	$(Q)$(CC) $(RT_CFLAGS) -I$(REF_DIR) $< $(filter %.o,$^) \
	    $(RT_LINK) $(CHECK) -o $@

# Every host function through every engine, with WAT guests.
REF_TSRC := $(REF_DIR)/tests/test_host.c \
    $(sort $(wildcard $(REF_DIR)/tests/host_*.c))
$(BUILD)/hosts/reference/test_host: $(REF_TSRC) $(REF_DIR)/tests/harness.h \
    $(REF_SO) $(REF_ANY_SO) $(REF_WASM) $(LIB_A) $(RT_LIB)
	$(Q)$(CC) $(RT_CFLAGS) $(REF_TDEF) -I$(REF_DIR) -Iruntimes/lib \
	    $$(pkg-config --cflags lua5.4) $(REF_TSRC) $(LIB_A) $(RT_LINK) \
	    $(CHECK) $$(pkg-config --libs lua5.4) -o $@

# WASI (wasi.c) through the glue of every version that serves it, on every
# engine: the objects linked in, the ops table used directly.
RT_TESTS += $(BUILD)/hosts/reference/test_wasi
$(BUILD)/hosts/reference/test_wasi: $(REF_DIR)/tests/test_wasi.c $(REF_OBJ) \
    $(REF_WASM) $(LIB_A) $(RT_LIB)
	$(Q)$(CC) $(RT_CFLAGS) $(REF_TDEF) -I$(REF_DIR) -Iruntimes/lib $< \
	    $(REF_OBJ) $(LIB_A) $(RT_LINK) $(CHECK) -o $@
