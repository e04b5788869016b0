local CALL = { "configure", ctx = "root", expect = {
  ret = 1, calls = { { "proxy_http_call", "ok" } } } }
return {
  title = "HTTP call tokens are unique, never reused after an answer, also for a call made inside an answer; a call is answered once",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    CALL, CALL,
    -- the second call is answered: its own token, not the first's
    { "http_response", token = "last", headers = { { ":status", "200" } },
      expect = { callbacks = { "proxy_on_http_call_response" },
                 logs = { { "info", "2" } } } },
    CALL,
    -- the third call's answer makes the fourth call from inside it
    { "http_failure", token = "last",
      expect = { callbacks = { "proxy_on_http_call_response" },
                 calls = { { "proxy_log", "ok" }, { "proxy_http_call", "ok" } },
                 logs = { { "info", "3" } } } },
    { "http_response", token = "last", headers = { { ":status", "200" } },
      expect = { callbacks = { "proxy_on_http_call_response" },
                 logs = { { "info", "4" } },
                 -- an answered call is over: nothing pending under it
                 callout = { token = "last", missing = true } } },
    -- after three answers, new calls still get new tokens
    CALL, CALL,
    { "http_response", token = "last", headers = { { ":status", "200" } },
      expect = { logs = { { "info", "6" } } } },
  },
}
