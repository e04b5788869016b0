return {
  title = "shared data written by one stream is read by another stream and by the root",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1, calls = {} } },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/one" } },
      expect = {
        ret = 0,
        calls = { { "proxy_set_shared_data", "ok" } },
        shared_data = { key = "seen-by", value = "stream one" },
      } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":path", "/two" } },
      expect = {
        ret = 0,
        calls = {
          { "proxy_get_shared_data", "ok", out = { value = "stream one" } },
        },
      } },
    { "root_done", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_shared_data", "ok", out = { value = "stream one" } },
      },
    } },
  },
}
