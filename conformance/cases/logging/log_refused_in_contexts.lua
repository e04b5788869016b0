return {
  title = "proxy_log refuses a bad message or level the same way from streams, connections, ticks and callout responses",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_log", "invalid_memory_access" }, { "proxy_log", "bad_argument" } },
      logs = {},
    } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      calls = { { "proxy_log", "invalid_memory_access" }, { "proxy_log", "bad_argument" } },
      logs = {},
    } },
    { "http_failure", token = "last", expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = { { "proxy_log", "invalid_memory_access" }, { "proxy_log", "bad_argument" } },
      logs = {},
    } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_log", "invalid_memory_access" }, { "proxy_log", "bad_argument" } },
      logs = {},
    } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_log", "invalid_memory_access" }, { "proxy_log", "bad_argument" } },
      logs = {},
    } },
  },
}
