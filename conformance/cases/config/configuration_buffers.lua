-- 0.2.0 replaced proxy_get_configuration by buffers 6 and 7
-- (spec/v0_2_0/semantics.lua: proxy_on_vm_start, proxy_on_configure,
-- proxy_validate_configuration); configuration_per_callback is the same
-- test for v1alpha and 0.1.0.
local function read(cfg)
  return {
    { "proxy_get_buffer_bytes", "ok", out = { buf = cfg, buf_len = #cfg } },
    { "proxy_get_buffer_bytes", "ok", out = { buf = cfg:sub(2, 3), buf_len = #cfg:sub(2, 3) } },
    { "proxy_get_buffer_status", "ok", out = { len = #cfg, flags = 0 } },
  }
end
return {
  title = "on_vm_start reads the VM configuration from buffer 6, validate and on_configure the plugin configuration from buffer 7",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", vm_config = "vm-config", expect = {
      ret = 10, calls = read("vm-config") } },
    { "validate_configuration", ctx = "root", config = "candidate\0\xff", expect = {
      ret = 12, calls = read("candidate\0\xff") } },
    { "configure", ctx = "root", config = "plugin", expect = {
      ret = 7, calls = read("plugin") } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1, calls = read("") } },
    -- a second root started without a VM configuration: buffer 6 is
    -- there and empty
    { "vm_start", as = "bare", root_id = "bare", expect = {
      ret = 1, calls = read("") } },
  },
}
