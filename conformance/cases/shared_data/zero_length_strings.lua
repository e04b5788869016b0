local BAD = { "proxy_get_shared_data", "invalid_memory_access",
              out = { value = false, value_len = false, cas = false } }
return {
  title = "the empty key is a key; a zero-length key or value is accepted at the end of memory, refused past it",
  abi = "all",
  kind = "host-defined",
  class = "negative",
  why = [[
The spec says only that a string outside guest memory is
invalid_memory_access, and names no rule for an empty key or a
zero-length string.  cpp-host keys the store by any byte string, the
empty one included, and checks a string as ptr + len > memory size,
so a zero-length string is accepted up to the end of memory and
refused past it (abi-semantics §2, reading guest memory).
Kong's ngx_wasm_module traps on an invalid pointer instead of
answering invalid_memory_access.  Expected: the cpp-host behaviour.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "for-empty" } },
        { "proxy_get_shared_data", "ok", out = { value = "for-empty" } },
        BAD, BAD,
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "ok" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_set_shared_data", "invalid_memory_access" },
        { "proxy_get_shared_data", "ok", out = { value = "" } },
      },
      shared_datas = {
        { key = "", value = "for-empty" },
        { key = "k", value = "" },
      },
    } },
  },
}
