# The wabt interpreter engine (libwabt.a from the Debian `wabt` package).

ENGINES     += interp
ENGINE_OBJS += $(BUILD)/runtimes/engines/interp/engine.o
RT_LIBS     += -lwabt -lstdc++
# As libwabt.a is built: without the debug checks in wabt's inline headers
# (a type check on every RefPtr the interpreter makes).
$(BUILD)/runtimes/engines/interp/engine.o: RT_CXXFLAGS += -DNDEBUG
