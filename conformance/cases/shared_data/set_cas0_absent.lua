return {
  title = "proxy_set_shared_data with cas 0 creates a missing key",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = {
      ret = 1,
      shared_data = { key = "fresh", missing = true },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_set_shared_data", "ok" } },
      shared_data = { key = "fresh", value = "first value" },
    } },
  },
}
