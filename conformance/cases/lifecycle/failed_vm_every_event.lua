local FAILED = { drv = "failed", callbacks = {}, calls = {}, logs = {} }
return {
  title = "after a trap every event of every live context, root or stream, says failed and calls nothing",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  module = "trap_in.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", root_id = "request_trailers", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = { ret = 1 } },
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "x", expect = { ret = "continue" } },
    { "http_open", ctx = "root", as = "s1" },
    { "request_headers", ctx = "s1", headers = { { ":path", "/1" } }, expect = { ret = "continue" } },
    { "http_open", ctx = "root", as = "s2" },
    { "request_headers", ctx = "s2", headers = { { ":path", "/2" } }, expect = { ret = "continue" } },
    { "request_trailers", ctx = "s1", trailers = { { "t", "1" } }, expect = {
      drv = "trap", callbacks = { "proxy_on_request_trailers" },
      trap = { kind = "unreachable", where = "proxy_on_request_trailers" },
    } },
    -- the other HTTP stream, every kind of event
    { "request_body", ctx = "s2", body = "b", eos = false, expect = FAILED },
    { "request_metadata", ctx = "s2", metadata = { { "m", "1" } }, expect = FAILED },
    { "request_trailers", ctx = "s2", trailers = {}, expect = FAILED },
    { "response_headers", ctx = "s2", headers = { { ":status", "200" } }, expect = FAILED },
    { "response_body", ctx = "s2", body = "b", eos = true, expect = FAILED },
    { "close", ctx = "s2", expect = FAILED },
    -- the connection
    { "tcp_data", ctx = "c", dir = "upstream", data = "y", expect = FAILED },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "remote", expect = FAILED },
    -- the root, and new contexts
    { "validate_configuration", ctx = "root", config = "x", expect = FAILED },
    { "configure", ctx = "root", config = "x", expect = FAILED },
    { "tcp_open", ctx = "root", as = "c2", expect = FAILED },
    { "advance", ms = 1000, expect = FAILED },
    { "root_done", ctx = "root", expect = FAILED },
    { "vm_start", as = "again", expect = FAILED },
  },
}
