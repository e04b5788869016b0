return {
  title = "a trap in proxy_on_create of a stream context fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "stream_on_create", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c", expect = {
      drv = "trap",
      callbacks = { "proxy_on_context_create" },
      trap = { kind = "unreachable", where = "proxy_on_context_create" },
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
