return {
  title = "proxy_on_upstream_data sees the chunk in network_upstream_data, with its end_of_stream",
  kind = "spec-mandated",
  class = "positive",
  module = "data_read.wat",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "world", eos = false, expect = {
      ret = "continue", callbacks = { "proxy_on_upstream_data" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "world" } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "orl" } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "more" } },
    } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "end", eos = true, expect = {
      ret = "continue", callbacks = { "proxy_on_upstream_data" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "end" } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "nd" } },
        { "proxy_log", "ok" },
      },
      logs = { { "info", "eos" } },
    } },
  },
}
