return {
  title = "proxy_log accepts every log_level and logs the exact bytes",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" },
        { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" },
      },
      logs = {
        { "trace", "trace" }, { "debug", "" }, { "info", "tr" },
        { "warn", "tra" }, { "error", "trac" }, { "critical", "critical" },
      },
    } },
  },
}
