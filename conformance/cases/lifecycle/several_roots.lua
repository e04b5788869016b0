local function opened(k)
  return { logs = { { "info", "stream" .. k } } }
end
local END = { callbacks = { "proxy_on_done", "proxy_on_delete" },
              logs = { { "info", "done" }, { "info", "delete" } } }
return {
  title = "several roots: each stream's parent is its own root's id; ids stay unique across roots and streams, never reused after a delete",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  module = "context_tree.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "r1", expect = { ret = 1, logs = { { "info", "root1" } } } },
    { "vm_start", as = "r2", expect = { ret = 1, logs = { { "info", "root2" } } } },
    { "configure", ctx = "r1", expect = { ret = 1 } },
    { "configure", ctx = "r2", expect = { ret = 1 } },
    { "tcp_open", ctx = "r2", as = "c1", expect = opened(2) },
    { "http_open", ctx = "r1", as = "s1" },
    { "request_headers", ctx = "s1", headers = {}, expect = opened(1) },
    { "close", ctx = "s1", expect = END },
    { "tcp_close", ctx = "c1", dir = "downstream", peer = "remote" },
    { "tcp_close", ctx = "c1", dir = "upstream", peer = "remote", expect = END },
    -- new contexts after the deletes: fresh ids
    { "http_open", ctx = "r2", as = "s2" },
    { "request_headers", ctx = "s2", headers = {}, expect = opened(2) },
    { "tcp_open", ctx = "r1", as = "c2", expect = opened(1) },
    -- a root deleted, then a third root: a fresh id, its own streams
    { "root_done", ctx = "r1", expect = { ret = 1, logs = { { "info", "done" }, { "info", "delete" } } } },
    { "vm_start", as = "r3", expect = { ret = 1, logs = { { "info", "root3" } } } },
    { "configure", ctx = "r3", expect = { ret = 1 } },
    { "tcp_open", ctx = "r3", as = "c3", expect = opened(3) },
    { "http_open", ctx = "r2", as = "s3" },
    { "request_headers", ctx = "s3", headers = {}, expect = opened(2) },
  },
}
