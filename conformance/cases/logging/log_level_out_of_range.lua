return {
  title = "proxy_log refuses every level outside log_level with bad_argument and logs nothing",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_log", "bad_argument" }, { "proxy_log", "bad_argument" },
        { "proxy_log", "bad_argument" }, { "proxy_log", "bad_argument" },
      },
      logs = {},
    } },
  },
}
