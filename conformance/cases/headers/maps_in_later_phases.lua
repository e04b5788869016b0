return {
  title = "request headers stay readable in the response phase; at on_log maps are read-only, trailers gone",
  kind = "host-defined",
  abi = "all",
  class = "negative",
  why = "Which maps outlive their phase is host-defined.  The reference host "
    .. "keeps the request headers readable (read-only) once the response "
    .. "has started and until a continue, keeps headers read-only at the "
    .. "end of the stream, drops the request trailers there, and answers a "
    .. "map that is gone in on_log with not_found (semantics.lua; in 0.1.0, "
    .. "where a missing value is not an error, ok and empty).  Envoy "
    .. "forgets the request headers as soon as their callback returns "
    .. "continue (bad_argument afterwards) and in on_log treats a missing "
    .. "map as an empty value (ok); Kong's ngx_wasm_module traps on "
    .. "changes after the response started.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/p" } },
      expect = { ret = "continue" } },
    { "request_trailers", ctx = "s", trailers = { { "t", "1" } },
      expect = { ret = "continue" } },
    { "response_headers", ctx = "s", headers = { { ":status", "200" } },
      expect = {
        ret = "continue",
        calls = { { "proxy_get_header_map_value", "ok", out = { value = "/p" } } },
      } },
    { "close", ctx = "s",
      expect = {
        callbacks = { "proxy_on_log" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "/p" } },
          { "proxy_get_header_map_value", "ok", out = { value = "200" } },
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "not_found" },
        },
        -- 0.1.0: a missing value is ok and empty (semantics.lua)
        by_abi = { v0_1_0 = { calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "/p" } },
          { "proxy_get_header_map_value", "ok", out = { value = "200" } },
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "ok", out = { value = "", value_len = 0 } },
        } } },
      } },
  },
}
