return {
  title = "close callbacks carry every peer_type; after both sides close: done, log, delete",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "tcp_open", ctx = "root", as = "c1", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c1", dir = "downstream", peer = "unknown", expect = {
      callbacks = { "proxy_on_downstream_connection_close" }, logs = { { "info", "d0" } },
    } },
    { "tcp_close", ctx = "c1", dir = "upstream", peer = "local", expect = {
      callbacks = {
        "proxy_on_upstream_connection_close", "proxy_on_done", "proxy_on_log", "proxy_on_delete",
      },
      logs = { { "info", "u1" }, { "info", "done" }, { "info", "log" }, { "info", "delete" } },
    } },
    { "tcp_open", ctx = "root", as = "c2", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c2", dir = "downstream", peer = "local", expect = {
      callbacks = { "proxy_on_downstream_connection_close" }, logs = { { "info", "d1" } },
    } },
    { "tcp_close", ctx = "c2", dir = "upstream", peer = "remote", expect = {
      callbacks = {
        "proxy_on_upstream_connection_close", "proxy_on_done", "proxy_on_log", "proxy_on_delete",
      },
      logs = { { "info", "u2" }, { "info", "done" }, { "info", "log" }, { "info", "delete" } },
    } },
    { "tcp_open", ctx = "root", as = "c3", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c3", dir = "upstream", peer = "unknown", expect = {
      callbacks = { "proxy_on_upstream_connection_close" }, logs = { { "info", "u0" } },
    } },
    { "tcp_close", ctx = "c3", dir = "downstream", peer = "remote", expect = {
      callbacks = {
        "proxy_on_downstream_connection_close", "proxy_on_done", "proxy_on_log", "proxy_on_delete",
      },
      logs = { { "info", "d2" }, { "info", "done" }, { "info", "log" }, { "info", "delete" } },
    } },
  },
}
