local NOT_FOUND = { "proxy_get_buffer_bytes", "not_found" }
return {
  title = "proxy_on_foreign_function gets the function id and its arguments as buffer 8, which is not_found outside the callback",
  kind = "spec-mandated",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "foreign_function", ctx = "root", function_id = 42, args = "a\0bc", expect = {
      callbacks = { "proxy_on_foreign_function" },
      calls = {
        { "proxy_log", "ok" },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "a\0bc" } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "\0bc" } },
      },
      logs = { { "info", "id ok" } },
    } },
    { "configure", ctx = "root", expect = { ret = 1, calls = { NOT_FOUND } } },
    { "foreign_function", ctx = "root", function_id = 7, expect = {
      callbacks = { "proxy_on_foreign_function" },
      calls = {
        { "proxy_log", "ok" },
        { "proxy_get_buffer_bytes", "ok", out = { buf_len = 0 } },
        { "proxy_get_buffer_bytes", "ok", out = { buf_len = 0 } },
      },
      logs = { { "info", "id bad" } },
    } },
  },
}
