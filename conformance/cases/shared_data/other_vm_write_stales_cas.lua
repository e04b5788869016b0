return {
  title = "a write by another VM makes the CAS a guest read stale: its set is cas_mismatch",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "mine" } },
      },
    } },
    { "shared_data_write", key = "lock", value = "theirs", expect = {
      shared_data = { key = "lock", value = "theirs" },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "cas_mismatch" },
        { "proxy_get_shared_data", "ok", out = { value = "theirs" } },
      },
      shared_data = { key = "lock", value = "theirs" },
    } },
  },
}
