return {
  title = "CAS values come from one counter shared by all keys, starting at 1",
  abi = "all",
  kind = "host-defined",
  class = "positive",
  why = [[
The spec only says a write gives a new, non-zero CAS.  cpp-host takes it
from one u32 counter for all keys of the VM id, starting at 1 and
skipping 0 (expected here: 1, 2, 3); Kong's ngx_wasm_module counts per
key, 1 on creation and +1 per write (1, 1, 2).]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "x", cas = 1 } },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "x", cas = 2 } },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "x", cas = 3 } },
      },
      shared_data = { key = "a", value = "x", cas = 3 },
    } },
  },
}
