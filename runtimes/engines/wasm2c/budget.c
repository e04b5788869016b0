/*
 * Budgets for the wasm2c engine.  Compiled guest code cannot be counted
 * without rewriting wasm2c's C, so when the budget clock (core/budget.c)
 * finds the call's budget gone, its signal handler longjmps out of the
 * guest through wasm_rt_trap, as wasm2c's own signal-handler mode does
 * for memory faults -- but only while guest code runs (pw_w2c_guest).  In
 * host code, or in runtime code that may hold a lock (malloc, realloc),
 * the call is only marked expired, and the trap is raised on the way back
 * to the guest (pw_w2c_enter, w2c.h).
 */
#include "wasm-rt-impl.h"
#include "w2c.h"

volatile sig_atomic_t pw_w2c_guest, pw_w2c_expired;

static void expire(void)
{
  pw_w2c_expired = 1;
  if (pw_w2c_guest) {
    pw_w2c_guest = 0;
    wasm_rt_trap((wasm_rt_trap_t)PW_W2C_TRAP_TIMEOUT);
  }
}

void pw_w2c_budget_arm(uint32_t ms)
{
  pw_w2c_guest = 0;
  pw_w2c_expired = 0;
  pw_budget_begin(ms, expire);
}

void pw_w2c_budget_disarm(void)
{
  pw_w2c_guest = 0;
  pw_w2c_expired = 0;
  pw_budget_end();
}

void pw_w2c_timeout(void)
{
  wasm_rt_trap((wasm_rt_trap_t)PW_W2C_TRAP_TIMEOUT);
}
