return {
  title = "a templated case in every version",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1, callbacks = { "proxy_on_context_create", "proxy_on_vm_start" },
    } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "http_open", ctx = "root" },
    { "request_headers", headers = { { "k", "v" } }, eos = true, expect = {
      ret = "continue", calls = { { "proxy_get_header_map_value" } },
    } },
  },
}
