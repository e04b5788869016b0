return {
  title = "L4 downstream and upstream data are readable in their data callbacks",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "ping!", eos = false,
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_downstream_data" },
        calls = {
          { "proxy_get_buffer_bytes", "ok", out = { buf = "ping!", buf_len = 5 } },
          { "proxy_get_buffer_bytes", "ok", out = { buf = "in", buf_len = 2 } },
        },
      } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "pong", eos = false,
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_upstream_data" },
        calls = {
          { "proxy_get_buffer_bytes", "ok", out = { buf = "pong", buf_len = 4 } },
          { "proxy_get_buffer_bytes", "ok", out = { buf = "on", buf_len = 2 } },
        },
      } },
  },
}
