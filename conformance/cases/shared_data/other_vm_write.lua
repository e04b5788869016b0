return {
  title = "proxy_get_shared_data returns what another VM of the same VM id wrote",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "shared_data_write", key = "owner", value = "vm2", expect = {
      shared_data = { key = "owner", value = "vm2" },
    } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_shared_data", "ok", out = { value = "vm2" } },
      },
    } },
  },
}
