return {
  title = "two root contexts of one VM read and update the same shared data",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "first", root_id = "first", expect = { ret = 1 } },
    { "configure", ctx = "first", config = "", expect = {
      ret = 1,
      calls = { { "proxy_set_shared_data", "ok" } },
    } },
    { "vm_start", as = "second", root_id = "second", expect = { ret = 1 } },
    { "configure", ctx = "second", config = "second", expect = {
      ret = 1,
      calls = {
        { "proxy_get_shared_data", "ok", out = { value = "first" } },
        { "proxy_set_shared_data", "ok" },
      },
      shared_data = { key = "owner", value = "second" },
    } },
  },
}
