return {
  title = "a trap in proxy_on_queue_ready fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "on_queue_ready", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "queue_enqueue", vm_id = "", queue = "q", data = "item", expect = {
      drv = "trap",
      callbacks = { "proxy_on_queue_ready" },
      trap = { kind = "unreachable", where = "proxy_on_queue_ready" },
    } },
    { "queue_enqueue", vm_id = "", queue = "q", data = "item", expect = {
      drv = "failed",
      callbacks = {},
    } },
    { "vm_start", as = "again", expect = { drv = "failed", callbacks = {} } },
  },
}
