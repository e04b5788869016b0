-- The 300 items and their notifications are checked by the guest: the
-- second configure returns 1 only when every item came out in order with
-- its length and bytes, the queue was then empty, and on_queue_ready ran
-- once per item.
return {
  title = "300 queued items of mixed lengths come out in order, one proxy_on_queue_ready each",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "check", expect = { ret = 1 } },
  },
}
