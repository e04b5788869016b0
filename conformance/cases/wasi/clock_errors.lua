local KEPT = { "info", "kept" }
return {
  title = "clock_time_get of the CPU-time clocks is notsup, of an unnamed clock inval, of a time outside memory fault; nothing is written",
  kind = "host-defined",
  why = "WASI names the CPU-time clocks; Proxy-Wasm hosts serve only realtime and "
    .. "monotonic and answer notsup for the CPU-time clocks (spec/v0_1_0/semantics.lua "
    .. "wasi.clock_time_get, proxy-wasm-cpp-host); a clockid no variant names "
    .. "is the glue's argument failure, inval (spec abi.lua wasi.failures)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "clock_time_get", "notsup" }, { "proxy_log", "ok" },
        { "clock_time_get", "notsup" }, { "proxy_log", "ok" },
        { "clock_time_get", "inval" }, { "proxy_log", "ok" },
        { "clock_time_get", "inval" }, { "proxy_log", "ok" },
        { "clock_time_get", "fault" }, { "proxy_log", "ok" },
        { "clock_time_get", "fault" }, { "proxy_log", "ok" },
      },
      logs = { KEPT, KEPT, KEPT, KEPT, KEPT, KEPT },
    } },
  },
}
