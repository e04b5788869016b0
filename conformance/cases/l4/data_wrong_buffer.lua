return {
  title = "an L4 callback reading a buffer it does not own gets not_found",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_bytes", "not_found", out = { buf = false } } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "down", expect = {
      ret = "continue",
      calls = {
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false } },
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false } },
      },
    } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "up", expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_bytes", "not_found", out = { buf = false } } },
    } },
  },
}
