return {
  title = "runner test: a stale cas is cas_mismatch and writes nothing",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", expect = { ret = 1 } },
    { "configure", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_get_shared_data", "ok", out = { value = "v" } },
      },
      shared_data = { key = "k", value = "v" },
    } },
  },
}
