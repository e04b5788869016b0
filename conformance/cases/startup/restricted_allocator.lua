return {
  title = "Inside the allocator only proxy_log, fd_write, clock_time_get and poll_oneoff are allowed; another host call traps",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host restricts the host calls the allocator may make "
    .. "(spec/v0_1_0/semantics.lua proxy_on_memory_allocate; abi-semantics.md 2.2; "
    .. "runtimes/core/vm.c)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap",
      calls = { { "proxy_log", "ok" }, { "clock_time_get", "success" },
                { "proxy_call_foreign_function" } },  -- ends in the trap
      logs = { { "info", "malloc" } },
      trap = { kind = "host", where = "proxy_on_configure" },
    } },
  },
}
