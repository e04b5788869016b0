return {
  title = "proxy_get_shared_data returns the stored value and a non-zero CAS",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "hello" } },
      },
      shared_data = { key = "greeting", value = "hello" },
    } },
  },
}
