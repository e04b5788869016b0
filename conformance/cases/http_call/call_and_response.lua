return {
  title = "an HTTP call from a stream goes out as made; its response reaches the root context",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = {
        ret = "stop_iteration",
        calls = { { "proxy_http_call", "ok" } },
        callout = { token = "last", kind = "http", upstream = "cluster",
                    headers = { { ":method", "GET" }, { ":path", "/x" },
                                { ":authority", "example.com" },
                                { "x-extra", "v" } },
                    body = "", trailers = { { "t", "1" } }, timeout = 5000 },
      } },
    { "http_response", token = "last",
      headers = { { ":status", "200" }, { "x-r", "1" } },
      body = "hello", trailers = { { "x-t", "2" } },
      expect = {
        callbacks = { "proxy_on_http_call_response" },
        calls = {
          { "proxy_log", "ok" }, { "proxy_log", "ok" }, { "proxy_log", "ok" },
          { "proxy_log", "ok" }, { "proxy_log", "ok" },
        },
        logs = {
          { "info", "root" }, { "info", "token" },
          { "info", "01" },      -- headers_count 2
          { "info", "01234" },   -- body_size 5
          { "info", "0" },       -- trailers_count 1
        },
      } },
  },
}
