local SPORT = "\x07\x87\0\0\0\0\0\0"
local function ok(v)
  return { "proxy_get_property", "ok", out = { value = v, value_len = #v } }
end
local SETS = { "proxy_set_property", "ok" }
-- "source" after the stream set its port: the stream's port, then the
-- root's address; the VM's two leaves are shadowed
local SOURCE = ok("\2\0\0\0" .. "\4\0\0\0" .. "\5\0\0\0" .. "\7\0\0\0" .. "\10\0\0\0"
                  .. "port\0" .. "guest\0" .. "address\0" .. "root-level\0")
return {
  title = "a property is looked up in the stream, then its root, then the VM: the nearest layer shadows the others",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[The spec names properties but not where a value set by the guest or the proxy lives. The reference host keeps three layers, the effective context, its root and the VM, and reads the nearest (runtimes/hosts/reference/props.c), which the case expects. Envoy writes a guest's set_property into filter state under the wasm. prefix, so a set never shadows an attribute such as source.port there; Kong's ngx_wasm_module refuses writes to read-only names (a trap). Observed: the proxy's value on the VM does not shadow the root's plugin_name; the proxy's value on the root shadows the VM's source.address; a stream's own value shadows both, for that stream only, and request.path from the pseudo-headers can be overwritten; an inner node lists its children from every layer, the nearest one's winning.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "edge", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "set_property", ctx = 0, path = "plugin_name", value = "vm-level" },
    { "set_property", ctx = "root", path = "source\0address", value = "root-level" },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":method", "GET" }, { ":path", "/one" } },
      expect = {
        ret = "continue",
        calls = { ok("root-level"), ok(SPORT), ok("edge"), ok("/one"),
                  SETS, SETS, ok("guest"), ok("guest"), SOURCE },
      } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":method", "GET" }, { ":path", "/two" } },
      expect = {
        ret = "continue",
        calls = { ok("root-level"), ok(SPORT), ok("edge"), ok("/two"),
                  SETS, SETS, ok("guest"), ok("guest"), SOURCE },
      } },
  },
}
