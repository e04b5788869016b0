local T = 1700000000123456789
return {
  title = "clock_time_get realtime and monotonic write the host clock's nanoseconds (the clock proxy_get_current_time_nanoseconds reads)",
  kind = "host-defined",
  why = "WASI lets monotonic start anywhere; proxy-wasm-cpp-host and the reference host "
    .. "read the same host clock for both (spec/v0_1_0/semantics.lua wasi.clock_time_get)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "set_time", ns = T },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "clock_time_get", "success", out = { time = T } },
        { "clock_time_get", "success", out = { time = T } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = T } },
      },
    } },
    { "set_time", ns = T + 5000 },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "clock_time_get", "success", out = { time = T + 5000 } },
        { "clock_time_get", "success", out = { time = T + 5000 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = T + 5000 } },
      },
    } },
  },
}
