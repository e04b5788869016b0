local CLOSE_OK = { { "proxy_close_stream", "ok" }, { "proxy_close_stream", "ok" } }
return {
  title = "close_stream from a stream's own on_done changes nothing: the stream ends once",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":path", "/" } },
      expect = { ret = "continue" } },
    { "close", ctx = "s", expect = {
      callbacks = { "proxy_on_done", "proxy_on_delete" },
      calls = CLOSE_OK,
    } },
  },
}
