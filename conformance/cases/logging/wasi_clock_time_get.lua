return {
  title = "WASI clock_time_get on the realtime clock gives the proxy's wall clock, as proxy_get_current_time_nanoseconds",
  kind = "host-defined",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  why = [[The spec deprecates proxy_get_current_time_nanoseconds for WASI clock_time_get (0.2.1) without tying the two. CH serves clock 0 (realtime) from the same wall clock as proxy_get_current_time_nanoseconds, which the case expects; clock 1 (monotonic) reads a steady clock there, so only its call is checked (abi-semantics 2.3, WASI imports).]],
  setup = "none",
  steps = {
    { "set_time", ns = 1700000000123456789 },
    { "vm_start", as = "root", expect = { ret = 1 } },
    -- statuses are WASI errno values, which expect.calls cannot name
    -- (it takes wasm_result names): calls and out-values are checked
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "clock_time_get", nil, out = { time = 1700000000123456789 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000123456789 } },
        { "clock_time_get", nil },
      },
    } },
    { "advance", ms = 250, expect = {
      callbacks = { "proxy_on_tick" },
      calls = {
        { "clock_time_get", nil, out = { time = 1700000000373456789 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000373456789 } },
        { "clock_time_get", nil },
      },
    } },
  },
}
