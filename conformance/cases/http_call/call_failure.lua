return {
  title = "a failed HTTP call: response (0, 0, 0), status broken_connection, no response data",
  kind = "spec-mandated",
  class = "negative",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_failure", token = "last",
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        logs = { { "info", "" }, { "info", "" }, { "info", "" } },
        calls = {
          { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" },
          -- code 11 = broken_connection
          { "proxy_get_status", "ok", out = { code = 11 } },
          { "proxy_get_header_map_value", "bad_argument" },
          { "proxy_get_buffer_status", "not_found" },
        },
      } },
  },
}
