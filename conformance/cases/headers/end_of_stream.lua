-- From 0.2.0 the header callbacks receive end_of_stream (the driver's
-- eos); v1alpha and 0.1.0 pass no third argument (the guest's local
-- stays 0): expect.by_abi.
local NO_EOS = { ret = "continue" }
return {
  title = "from 0.2.0 the header callbacks receive end_of_stream; v1alpha and 0.1.0 pass none",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", eos = true,
      headers = { { ":method", "GET" }, { ":path", "/" } },
      expect = { ret = "stop_iteration",
                 callbacks = { "proxy_on_request_headers" },
                 by_abi = { v1alpha = NO_EOS, v0_1_0 = NO_EOS } } },
    { "response_headers", ctx = "s", eos = false,
      headers = { { ":status", "200" } },
      expect = { ret = "continue",
                 callbacks = { "proxy_on_response_headers" } } },
    { "http_open", ctx = "root", as = "t" },
    { "request_headers", ctx = "t", eos = false,
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "response_headers", ctx = "t", eos = true,
      headers = { { ":status", "204" } },
      expect = { ret = "stop_iteration",
                 by_abi = { v1alpha = NO_EOS, v0_1_0 = NO_EOS } } },
  },
}
