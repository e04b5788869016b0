return {
  title = "proxy_done is not_found unless the calling root is pending",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_done", "not_found" } } } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue", calls = { { "proxy_done", "not_found" } },
    } },
    { "root_done", ctx = "root", expect = { ret = 0, callbacks = { "proxy_on_done" } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick", "proxy_on_delete" },
      calls = {
        { "proxy_done", "ok" }, { "proxy_done", "not_found" },
        { "proxy_done", "not_found" },
      },
    } },
  },
}
