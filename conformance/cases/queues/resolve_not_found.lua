return {
  title = "proxy_resolve_shared_queue of an unknown queue or VM id is not_found",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_resolve_shared_queue", "not_found", out = { token = false } },
        { "proxy_register_shared_queue", "ok" },
        { "proxy_resolve_shared_queue", "not_found", out = { token = false } },
      },
    } },
  },
}
