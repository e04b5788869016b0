# The pairs codec (runtimes/core/pairs.c) on its own: no engine needed.
RT_TESTS += $(BUILD)/tests/test_pairs

$(BUILD)/tests/test_pairs: runtimes/tests/pairs/test_pairs.c \
    $(BUILD)/runtimes/core/pairs.o
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) $^ -o $@ $(CHECK)
