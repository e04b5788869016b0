local NF = { "proxy_get_property", "not_found", out = { value = false, value_len = false } }
return {
  title = "malformed, dotted and partial property paths are not_found, and so is request.* for a missing pseudo-header",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = [[Paths are NUL-separated segments with an optional trailing NUL (spec PR #94; /work/shared/reference/abi-semantics.md §3.2), and an unknown name is not_found in every host. The malformed forms are host-defined: Envoy splits the path on NUL bytes, Kong's ngx_wasm_module turns every NUL into a dot, so there "source.port" is source.port and a trailing NUL becomes a trailing dot. The reference host accepts one trailing NUL and refuses an empty path or segment (runtimes/hosts/reference/props.c), which the case expects; request.* come only from pseudo-headers the request has (README, "Properties").]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { NF, NF, NF, NF, NF, NF, NF, NF,
                { "proxy_get_property", "ok",
                  out = { value = "\x07\x87\0\0\0\0\0\0", value_len = 8 } } },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s", headers = { { ":method", "HEAD" }, { ":path", "/" } },
      expect = {
        ret = "continue",
        calls = { NF, NF, { "proxy_get_property", "ok", out = { value = "HEAD" } } },
      } },
  },
}
