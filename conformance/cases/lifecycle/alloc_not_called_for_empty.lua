return {
  title = "empty results are written as pointer 0, length 0 without calling the allocator",
  kind = "spec-mandated",
  abi = { "v1alpha", "v0_1_0" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, callbacks = { "proxy_on_configure" },
      calls = {
        { "proxy_get_property", "ok", out = { value = "", value_len = 0 } },
        { "proxy_get_configuration", "ok", out = { config = "", config_len = 0 } },
      },
    } },
  },
}
