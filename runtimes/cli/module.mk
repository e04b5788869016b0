# pwabi, the command (runtimes/cli/): `pwabi run` plays a Lua scenario
# against a module under a host plugin and prints a transcript; `engines`,
# `version`, help.  Other folders add commands ($(COMMANDS), see
# runtimes/lib/module.mk); run comes first in the help.

CLI_DIR   := $(BUILD)/runtimes/cli
CLI_SRC   := $(sort $(wildcard runtimes/cli/*.c))
CLI_COBJS := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC))
CLI_WASM  := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(wildcard runtimes/cli/tests/*.wat)))

COMMANDS := run $(COMMANDS) engines version
CMD_OBJS += $(CLI_COBJS) $(CLI_DIR)/default_lua.o
CMD_LIBS += $$(pkg-config --libs lua5.4)
RT_BINS  += $(BUILD)/pwabi
RT_TESTS += $(CLI_DIR)/test_cli

$(CLI_COBJS): $(BUILD)/%.o: %.c runtimes/cli/cli.h runtimes/lib/*.h \
    runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

# default.lua as C (runtimes/lib/embed.lua says how).
$(CLI_DIR)/default_lua.c: runtimes/cli/default.lua runtimes/lib/embed.lua
	@mkdir -p $(dir $@)
	$(Q)$(LUA) runtimes/lib/embed.lua pw_cli_default_lua $< < $< > $@.tmp
	$(Q)mv $@.tmp $@

$(CLI_DIR)/default_lua.o: $(CLI_DIR)/default_lua.c runtimes/lib/drive.h
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

# The test: a wrapper that runs tests/run.sh on this build directory.
$(CLI_DIR)/test_cli: runtimes/cli/tests/run.sh $(BUILD)/pwabi $(CLI_WASM) \
    $(BUILD)/hosts/reference.so
	@mkdir -p $(dir $@)
	$(Q)printf '#!/bin/sh\ncd "%s" && exec sh runtimes/cli/tests/run.sh "%s"\n' \
	    "$(CURDIR)" "$(BUILD)" > $@
	$(Q)chmod +x $@
