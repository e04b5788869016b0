return {
  title = "an unaligned out-pointer for the time is written like any other",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec sets no alignment rule for out-pointers, and CH and NGX both write the time at any address, which the case expects. NGX traps on misaligned typed out-pointers of other calls (reference host option alignment=natural).]],
  setup = "none",
  steps = {
    { "set_time", ns = 1234567890 },
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1234567890 } } },
    } },
  },
}
