return {
  title = "an empty shared value is stored and reads back as pointer 0, length 0",
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
        { "proxy_get_shared_data", "ok", out = { value = "" } },
      },
      shared_data = { key = "empty", value = "" },
    } },
  },
}
