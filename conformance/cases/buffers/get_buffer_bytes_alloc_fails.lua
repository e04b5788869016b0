return {
  title = "a failing guest allocator makes get_buffer_bytes invalid_memory_access",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = false,
      expect = {
        ret = "continue",
        calls = {
          { "proxy_get_buffer_bytes", "invalid_memory_access" },  -- malloc: 0
          { "proxy_get_buffer_bytes", "ok", out = { buf = "", buf_len = 0 } },
          { "proxy_get_buffer_bytes", "invalid_memory_access" },  -- 65535
        },
      } },
  },
}
