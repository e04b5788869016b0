return {
  title = "proc_exit does not return: the callback ends in a host trap naming the exit code, logged at error",
  kind = "host-defined",
  why = "The documents say a plugin never calls proc_exit; proxy-wasm-cpp-host logs an "
    .. "error and the call ends in a trap (spec/v0_1_0/semantics.lua wasi.proc_exit)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap",
      trap = { kind = "host", where = "proxy_on_configure" },
      logs = { { "error", "proc_exit(7)" } },
    } },
  },
}
