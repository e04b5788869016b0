return {
  title = "proxy_set_shared_data with a stale CAS is cas_mismatch and changes nothing",
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
        { "proxy_get_shared_data", "ok", out = { value = "one" } },
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_get_shared_data", "ok", out = { value = "two" } },
      },
      shared_data = { key = "counter", value = "two" },
    } },
  },
}
