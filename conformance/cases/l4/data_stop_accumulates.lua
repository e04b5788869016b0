return {
  title = "data held with stop_iteration is delivered again with the next chunk",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec says stop_iteration holds the data, not what the next call sees. In Envoy a network filter that stops leaves the bytes in the connection buffer, so the next proxy_on_downstream_data gets them together with the new chunk (data_len counts both), which the case expects; once the guest continues, the next call sees only new data. NGX has no L4 filters.]],
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "ab", expect = {
      ret = "stop_iteration", calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = "ab" } } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "cd", expect = {
      ret = "continue", calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = "abcd" } } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "ef", expect = {
      ret = "stop_iteration", calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = "ef" } } },
    } },
  },
}
