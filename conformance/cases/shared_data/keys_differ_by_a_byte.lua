local NOT_FOUND = { "proxy_get_shared_data", "not_found",
                    out = { value = false, value_len = false, cas = false } }
return {
  title = "shared data keys differing by one byte (NUL, prefix, case, last byte, length) are different keys",
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
        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "lower" } },
        { "proxy_get_shared_data", "ok", out = { value = "upper" } },
        { "proxy_get_shared_data", "ok", out = { value = "nul" } },
      },
      shared_datas = {
        { key = "key", value = "lower" },
        { key = "Key", value = "upper" },
        { key = "key\0", value = "nul" },
        { key = "ke", missing = true },
        { key = "kez", missing = true },
      },
    } },
  },
}
