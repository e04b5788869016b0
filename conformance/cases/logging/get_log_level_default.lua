return {
  title = "proxy_get_log_level writes the host's configured level, info by default, from every kind of context",
  kind = "host-defined",
  abi = { "v0_2_1", "vnext" },
  class = "positive",
  why = [[The level is the proxy's own configuration, which the spec does not fix: CH writes the host's current level (ENV: its logger's level, 0..6), NGX traps (not implemented). The reference host reports its option log_level, info (2) by default, which the case expects.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1, calls = { { "proxy_get_log_level", "ok", out = { level = 2 } } },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_get_log_level", "ok", out = { level = 2 } } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue", calls = { { "proxy_get_log_level", "ok", out = { level = 2 } } },
    } },
  },
}
