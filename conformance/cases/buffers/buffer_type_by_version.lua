-- Buffers 6..8 exist from 0.2.0 (generated/changelog.md, "values added
-- buffer_type"); before, the same numbers are out of range: bad_argument,
-- nothing written.  From 0.2.0, 6 is served in on_vm_start and 7 in
-- on_configure (spec/v0_2_0/semantics.lua); 8 only in
-- on_foreign_function: in on_request_body it is not_found.
local BAD = {
  { "proxy_get_buffer_bytes", "bad_argument", out = { buf = false, buf_len = false } },
  { "proxy_get_buffer_status", "bad_argument", out = { len = false, flags = false } },
}
local MISSING = {
  { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
  { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
}
local function served(bytes)
  return {
    { "proxy_get_buffer_bytes", "ok", out = { buf = bytes, buf_len = #bytes } },
    { "proxy_get_buffer_status", "ok", out = { len = #bytes } },
  }
end
local OLD = { v1alpha = { calls = BAD }, v0_1_0 = { calls = BAD } }
return {
  title = "buffer_type 6, 7, 8 are buffers from 0.2.0 and bad_argument before",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm-cfg", expect = {
      ret = 1, calls = served("vm-cfg"), by_abi = OLD } },
    { "configure", ctx = "root", config = "plugin", expect = {
      ret = 1, calls = served("plugin"), by_abi = OLD } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = true, expect = {
      ret = "continue",
      calls = MISSING,
      by_abi = OLD,
    } },
  },
}
