return {
  title = "an HTTP call with a body gets a content-length header",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_http_call", "ok" } },
      -- timeout 0: no timeout.  content-length comes after the guest's
      -- headers, as Envoy adds it to the request it built from them.
      callout = { token = "last", kind = "http", upstream = "cluster",
                  headers = { { ":method", "POST" }, { ":path", "/x" },
                              { ":authority", "example.com" },
                              { "content-length", "3" } },
                  body = "abc", trailers = {}, timeout = 0 },
    } },
  },
}
