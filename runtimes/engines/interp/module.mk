# The wabt interpreter engine (libwabt.a from the Debian `wabt` package).

ENGINES     += interp
ENGINE_OBJS += $(BUILD)/runtimes/engines/interp/engine.o
RT_LIBS     += -lwabt -lstdc++

# generated/common/pwabi_rt.h is not yet valid C++ (realloc's void *, an
# uninitialised const array): include the contract as a system header and
# let g++ accept those two lines.  Drop both flags once the template is fixed.
$(BUILD)/runtimes/engines/interp/engine.o: RT_CXXFLAGS += -isystem runtimes/core \
    -fpermissive
