return {
  title = "proxy_get_shared_data of a missing key is not_found and writes nothing",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_shared_data", "not_found",
          out = { value = false, cas = false } },
      },
      shared_data = { key = "never-set", missing = true },
    } },
  },
}
