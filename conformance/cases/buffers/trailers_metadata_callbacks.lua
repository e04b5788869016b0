return {
  title = "trailers and metadata callbacks get their entry counts and return their statuses",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_metadata", ctx = "s", metadata = { { "m1", "a" }, { "m2", "b" } },
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_request_metadata" },
        logs = { { "info", "01" } },
      } },
    { "request_trailers", ctx = "s",
      trailers = { { "t1", "a" }, { "t2", "b" }, { "t3", "c" } },
      expect = {
        ret = "stop_iteration",
        callbacks = { "proxy_on_request_trailers" },
        logs = { { "info", "012" } },
      } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = { ret = "continue" } },
    { "response_metadata", ctx = "s", metadata = { { "m", "x" } },
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_response_metadata" },
        logs = { { "info", "0" } },
      } },
    { "response_trailers", ctx = "s", trailers = {},
      expect = {
        ret = "continue",
        callbacks = { "proxy_on_response_trailers" },
        logs = { { "info", "" } },
      } },
  },
}
