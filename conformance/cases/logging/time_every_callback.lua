return {
  title = "proxy_get_current_time_nanoseconds gives the host clock in every kind of callback",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  setup = "none",
  steps = {
    { "set_time", ns = 1700000000000000000 },
    { "vm_start", as = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
      calls = {
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000000000000 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000000000000 } },
      },
    } },
    { "validate_configuration", ctx = "root", config = "c", expect = {
      ret = 1,
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000000000000 } } },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000000000000 } },
        { "proxy_set_tick_period_milliseconds", "ok" },
        { "proxy_http_call", "ok" },
      },
    } },
    { "advance", ms = 10, expect = { callbacks = {}, calls = {} } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000010000000 } } },
    } },
    { "request_body", ctx = "s", body = "x", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000010000000 } } },
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } }, expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000010000000 } } },
    } },
    { "advance", ms = 5, expect = { callbacks = {}, calls = {} } },
    { "close", ctx = "s", expect = {
      calls = {
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } },
        { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } },
      },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      callbacks = { "proxy_on_context_create", "proxy_on_new_connection" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x", expect = {
      ret = "continue",
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } } },
    } },
    { "http_failure", token = "last", expect = {
      callbacks = { "proxy_on_http_call_response" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000015000000 } } },
    } },
    { "advance", ms = 85, expect = {
      callbacks = { "proxy_on_tick" },
      calls = { { "proxy_get_current_time_nanoseconds", "ok", out = { time = 1700000000100000000 } } },
    } },
  },
}
