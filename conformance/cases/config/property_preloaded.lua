-- Ports are u64 little-endian (Envoy's encoding of an integer
-- attribute): 34567 = 0x8707, 8080 = 0x1f90.  An inner node reads as its
-- leaf children, pairs-encoded (count, then key and value lengths, then
-- each key and value with a NUL after it).
local SPORT = "\x07\x87\0\0\0\0\0\0"
local DPORT = "\x90\x1f\0\0\0\0\0\0"
local function ok(v)
  return { "proxy_get_property", "ok", out = { value = v, value_len = #v } }
end
return {
  title = "every preloaded property reads with its value and encoding, request.* from the pseudo-headers, inner nodes as pairs",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = [[plugin_name, plugin_root_id and plugin_vm_id are the Proxy-Wasm property names; source.*, destination.* and request.protocol are well-known names of the spec's Properties section; request.path/method/host/scheme are Envoy attributes (and Kong's ngx extras). Which exist, their values and their encodings are host-defined ("not stable across versions", spec v0.2.1 Properties; /work/shared/reference/abi-semantics.md §3.2): Envoy encodes integers as 8 bytes little-endian and maps as pairs, Kong returns strings. The case expects the reference host's simulated connection and Envoy's encodings (runtimes/hosts/reference/README.md, "Properties"; props.c).]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "edge", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        ok("edge"), ok("edge"), ok(""),  -- plugin_vm_id: the runner names no VM id
        ok("HTTP/1.1"),
        ok("10.0.0.1:34567"), ok(SPORT),
        ok("10.0.0.2:8080"), ok(DPORT),
        ok("\2\0\0\0" .. "\7\0\0\0" .. "\14\0\0\0" .. "\4\0\0\0" .. "\8\0\0\0"
           .. "address\0" .. "10.0.0.1:34567\0" .. "port\0" .. SPORT .. "\0"),
        ok("\2\0\0\0" .. "\7\0\0\0" .. "\13\0\0\0" .. "\4\0\0\0" .. "\8\0\0\0"
           .. "address\0" .. "10.0.0.2:8080\0" .. "port\0" .. DPORT .. "\0"),
      },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "PUT" }, { ":scheme", "https" },
                  { ":authority", "example.com" }, { ":path", "/a?b=c" },
                  { "x-other", "1" } },
      expect = {
        ret = "continue",
        calls = { ok("/a?b=c"), ok("PUT"), ok("example.com"), ok("https"),
                  ok("HTTP/1.1"), ok("edge"),
                  -- nearest layer first: the stream's leaves, then the VM's
                  ok("\5\0\0\0"
                     .. "\4\0\0\0" .. "\6\0\0\0" .. "\6\0\0\0" .. "\3\0\0\0"
                     .. "\4\0\0\0" .. "\11\0\0\0" .. "\6\0\0\0" .. "\5\0\0\0"
                     .. "\8\0\0\0" .. "\8\0\0\0"
                     .. "path\0" .. "/a?b=c\0" .. "method\0" .. "PUT\0"
                     .. "host\0" .. "example.com\0" .. "scheme\0" .. "https\0"
                     .. "protocol\0" .. "HTTP/1.1\0") },
      } },
  },
}
