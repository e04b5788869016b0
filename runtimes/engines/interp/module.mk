# The wabt interpreter engine (libwabt.a from the Debian `wabt` package).

ENGINES     += interp
ENGINE_OBJS += $(BUILD)/runtimes/engines/interp/engine.o
RT_LIBS     += -lwabt -lstdc++
