return {
  title = "a trap in the guest allocator during a host call traps the callback and fails the VM",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "abc", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      drv = "trap", callbacks = { "proxy_on_configure" },
      trap = { where = "proxy_on_configure" },
    } },
    { "configure", ctx = "root", expect = { drv = "failed", callbacks = {} } },
  },
}
