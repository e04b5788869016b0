-- the calls of the data callback, then one proxy_log per close callback
local function data(b, closes)
  local calls = { { "proxy_get_buffer_bytes", "ok", out = { buf = b } },
                  { "proxy_close_stream", "ok" } }
  for _ = 1, closes do calls[#calls + 1] = { "proxy_log", "ok" } end
  return calls
end
-- a chunk on an open connection whose command closes both sides
local function closes(ctx, dir, b)
  return { "tcp_data", ctx = ctx, dir = dir, data = b, expect = {
    calls = data(b, 2),
    callbacks = {
      "proxy_on_" .. dir .. "_data", "proxy_on_downstream_connection_close",
      "proxy_on_upstream_connection_close", "proxy_on_done", "proxy_on_delete",
    },
    logs = { { "info", "peer1" }, { "info", "peer1" } },
  } }
end
return {
  title = "close_stream(downstream / upstream) closes the connection: each open side's close callback (peer local), then done and delete",
  kind = "host-defined",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  module = "stream_control.tmpl.wat",
  why = [[The spec (0.2.x close_stream) says the side is closed when the callback returns. In Envoy either L4 side closes the whole connection (after flushing); the filter is then told of each side's close with peer type local, as for any close the proxy itself initiates, and the context ends. NGX does not implement close_stream (a call traps). The case expects Envoy's behaviour, which the reference host follows (runtimes/hosts/reference/README.md, Choices: continue_stream / close_stream).]],
  steps = {
    { "tcp_open", ctx = "root", as = "a", expect = { ret = "continue" } },
    closes("a", "downstream", "x2"),
    { "tcp_open", ctx = "root", as = "b", expect = { ret = "continue" } },
    closes("b", "upstream", "x3"),
    -- one side already closed by the peer: only the other gets a close
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_close", ctx = "c", dir = "downstream", peer = "remote", expect = {
      callbacks = { "proxy_on_downstream_connection_close" }, logs = { { "info", "peer2" } },
    } },
    { "tcp_data", ctx = "c", dir = "upstream", data = "x2", expect = {
      calls = data("x2", 1),
      callbacks = {
        "proxy_on_upstream_data", "proxy_on_upstream_connection_close",
        "proxy_on_done", "proxy_on_delete",
      },
      logs = { { "info", "peer1" } },
    } },
  },
}
