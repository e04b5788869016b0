return {
  title = "after a failed HTTP call proxy_get_status gives broken_connection",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_failure", token = "last", expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = { { "proxy_get_status", "ok", out = { code = 11 } } },
    } },
  },
}
