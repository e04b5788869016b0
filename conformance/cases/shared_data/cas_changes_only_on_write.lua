return {
  title = "a CAS changes with each successful write only: reads and refused writes keep it, a stale one is refused",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "v1" } },
        { "proxy_get_shared_data", "ok", out = { value = "v1" } },
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_get_shared_data", "ok", out = { value = "v1" } },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "v2" } },
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "v3" } },
      },
      shared_data = { key = "k", value = "v3" },
    } },
  },
}
