# pwabi, the command-line tool: `pwabi run` plays a Lua scenario against a
# module under a host plugin and prints a transcript (runtimes/cli/).

CLI_DIR   := $(BUILD)/runtimes/cli
CLI_SRC   := $(sort $(wildcard runtimes/cli/*.c))
CLI_COBJS := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC))
CLI_OBJS  := $(CLI_COBJS) $(CLI_DIR)/default_lua.o
CLI_WASM  := $(patsubst %.wat,$(BUILD)/wasm/%.wasm,\
    $(sort $(wildcard runtimes/cli/tests/*.wat)))

RT_BINS  += $(BUILD)/pwabi
RT_TESTS += $(CLI_DIR)/test_cli

# `pwabi certify` is conformance/runner's (CERT_OBJS, CERT_LIBS).
$(BUILD)/pwabi: $(CLI_OBJS) $(CERT_OBJS) $(RT_LIB)
	$(CC) $(SAN) $(CLI_OBJS) $(CERT_OBJS) $(RT_LINK) \
	    $$(pkg-config --libs lua5.4) $(CERT_LIBS) -o $@

$(CLI_COBJS): $(BUILD)/%.o: %.c runtimes/cli/cli.h runtimes/core/*.h \
    $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) $$(pkg-config --cflags lua5.4) -c $< -o $@

# default.lua as C (runtimes/cli/embed.lua says how).
$(CLI_DIR)/default_lua.c: runtimes/cli/default.lua runtimes/cli/embed.lua
	@mkdir -p $(dir $@)
	$(LUA) runtimes/cli/embed.lua pw_cli_default_lua $< < $< > $@.tmp
	mv $@.tmp $@

$(CLI_DIR)/default_lua.o: $(CLI_DIR)/default_lua.c runtimes/cli/cli.h
	$(CC) $(RT_CFLAGS) -Iruntimes/cli -c $< -o $@

# The test: a wrapper that runs tests/run.sh on this build directory.
$(CLI_DIR)/test_cli: runtimes/cli/tests/run.sh $(BUILD)/pwabi $(CLI_WASM) \
    $(BUILD)/hosts/reference.so
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\ncd "%s" && exec sh runtimes/cli/tests/run.sh "%s"\n' \
	    "$(CURDIR)" "$(BUILD)" > $@
	chmod +x $@
