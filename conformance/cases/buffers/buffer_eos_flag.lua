return {
  title = "get_buffer_status sets END_OF_STREAM on the last chunk of a direction",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "buffer_flags.end_of_stream is defined by the seed, and pwabi "
    .. "reports it (option eos_flag=spec).  proxy-wasm-cpp-host always "
    .. "writes flags 0 (eos_flag=never); Kong's ngx_wasm_module does not "
    .. "provide proxy_get_buffer_status at all.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_http_call", "ok" } } } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      body = "answer", trailers = {}, expect = {
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 6, flags = 1 } } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "ab", eos = false, expect = {
      ret = "stop_iteration_and_buffer",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 2, flags = 0 } } },
    } },
    -- the held "ab" and the last chunk "cde"
    { "request_body", ctx = "s", body = "cde", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 5, flags = 1 } } },
    } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_body", ctx = "s", body = "xyz", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 3, flags = 1 } } },
    } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "q", eos = false, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 1, flags = 0 } } },
    } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "uit", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 3, flags = 1 } } },
    } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "up", eos = false, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 2, flags = 0 } } },
    } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "", eos = true, expect = {
      ret = "continue",
      calls = { { "proxy_get_buffer_status", "ok", out = { len = 0, flags = 1 } } },
    } },
  },
}
