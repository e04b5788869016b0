return {
  title = "a NULL empty value is stored as an empty value, not a delete",
  abi = "all",
  kind = "host-defined",
  class = "positive",
  why = [[
The spec has no delete: an empty value is stored as such, and pointer 0
with length 0 is the empty string.  cpp-host agrees (spec#32,
envoy#28339); Kong's ngx_wasm_module deletes the key when the value
pointer is NULL with length 0, so its get is not_found.  Expected: the
spec and cpp-host behaviour.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "" } },
      },
      shared_data = { key = "key", value = "" },
    } },
  },
}
