return {
  title = "proxy_set_shared_data with cas 0 overwrites an existing key",
  abi = "all",
  kind = "host-defined",
  class = "positive",
  why = [[
The spec text and cpp-host treat cas 0 as an unconditional write that
creates or replaces the entry; Kong's ngx_wasm_module accepts cas 0 only
when the key is absent and answers cas_mismatch here (reference host
option cas0=create_only).  Expected: the cpp-host behaviour.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "ok" },
      },
      shared_data = { key = "key", value = "two" },
    } },
  },
}
