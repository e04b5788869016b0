# The runtime library (runtimes/lib/): what every subcommand of pwabi
# shares, as $(LIB_A) (named in the Makefile; tests and the bench link it
# too); and the subcommand registry.
#
#   COMMANDS   subcommand names; each folder adding one defines
#              `const pw_command pw_command_<name>` (pwlib.h)
#   CMD_OBJS   the objects of the commands, linked into $(BUILD)/pwabi
#   CMD_LIBS   their extra link flags
# The pwabi rule is in the Makefile, after every module.mk.

LIB_SRC  := $(sort $(wildcard runtimes/lib/*.c))
LIB_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRC))
LIB_CFLAGS = $(RT_CFLAGS) -Iruntimes/lib $$(pkg-config --cflags lua5.4)

$(LIB_OBJS): $(BUILD)/%.o: %.c runtimes/lib/*.h runtimes/core/*.h $(GEN_H)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@

$(LIB_A): $(LIB_OBJS)
	$(SAY) AR "$@"
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

# The command registry, rewritten only when the list of commands changes.
$(BUILD)/commands.c: FORCE
	$(call registry,pwlib.h,pw_command,$(COMMANDS),pw_commands,pw_command_)

$(BUILD)/commands.o: $(BUILD)/commands.c runtimes/lib/pwlib.h
	$(Q)$(CC) $(LIB_CFLAGS) -c $< -o $@
