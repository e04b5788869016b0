return {
  title = "proxy_on_downstream_data sees the chunk in network_downstream_data, with its end_of_stream",
  kind = "spec-mandated",
  class = "positive",
  module = "data_read.wat",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "hello", eos = false, expect = {
      ret = "continue", callbacks = { "proxy_on_downstream_data" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "hello" } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "ell" } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "more" } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "bye\0\xff", eos = true, expect = {
      ret = "continue", callbacks = { "proxy_on_downstream_data" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "bye\0\xff" } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "ye\0" } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "eos" } },
    } },
  },
}
