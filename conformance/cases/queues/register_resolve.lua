return {
  title = "a registered queue resolves, with an empty vm_id, to the same token",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_register_shared_queue", "ok" },
        { "proxy_resolve_shared_queue", "ok" },
      },
    } },
  },
}
