-- data_read: each data callback reads its whole buffer, then bytes 1..3 of
-- it, and logs "eos" or "more".
local function read(dir, all, part, eos)
  return {
    ret = "continue", callbacks = { "proxy_on_" .. dir .. "_data" },
    calls = {
      { "proxy_get_buffer_bytes", "ok", out = { buf = all } },
      { "proxy_get_buffer_bytes", "ok", out = { buf = part } },
      { "proxy_log", "ok" },
    },
    logs = { { "info", eos and "eos" or "more" } },
  }
end
return {
  title = "each L4 data callback sees its own chunk in network_downstream_data / network_upstream_data, with its end_of_stream",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "tcp_open", ctx = "root", as = "c", expect = { ret = "continue" } },
    { "tcp_data", ctx = "c", dir = "downstream", data = "hello", eos = false,
      expect = read("downstream", "hello", "ell", false) },
    { "tcp_data", ctx = "c", dir = "upstream", data = "world", eos = false,
      expect = read("upstream", "world", "orl", false) },
    { "tcp_data", ctx = "c", dir = "downstream", data = "bye\0\xff", eos = true,
      expect = read("downstream", "bye\0\xff", "ye\0", true) },
    { "tcp_data", ctx = "c", dir = "upstream", data = "end", eos = true,
      expect = read("upstream", "end", "nd", true) },
  },
}
