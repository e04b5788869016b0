# pwabi lint (runtimes/lint/): a module's imports and exports against the
# ABI version its marker declares and what real hosts refuse (hosts.def);
# a command of $(BUILD)/pwabi ($(COMMANDS), runtimes/lib/module.mk).
# tests/: one WAT per rule and a clean module per version, run by
# tests/run.sh on text, JSON and exit status.

LINT_SRC   := $(sort $(wildcard runtimes/lint/*.c))
LINT_COBJS := $(patsubst %.c,$(BUILD)/%.o,$(LINT_SRC))
LINT_WASM  := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(wildcard runtimes/lint/tests/*.wat)))

COMMANDS += lint
CMD_OBJS += $(LINT_COBJS)

$(LINT_COBJS): $(BUILD)/%.o: %.c runtimes/lint/lint.h runtimes/lint/hosts.def \
    runtimes/lib/*.h runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

RT_TESTS += $(BUILD)/runtimes/lint/test_lint

$(BUILD)/runtimes/lint/test_lint: runtimes/lint/tests/run.sh $(BUILD)/pwabi \
    $(LINT_WASM)
	@mkdir -p $(dir $@)
	$(Q)printf '#!/bin/sh\ncd "%s" && exec sh runtimes/lint/tests/run.sh "%s"\n' \
	    "$(CURDIR)" "$(BUILD)" > $@
	$(Q)chmod +x $@
