return {
  title = "a trap in proxy_on_http_call_response fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "http_call_response", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "http_response", token = "last", headers = { { ":status", "200" } }, body = "ok", expect = {
      drv = "trap",
      callbacks = { "proxy_on_http_call_response" },
      trap = { kind = "unreachable", where = "proxy_on_http_call_response" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
