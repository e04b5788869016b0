-- The pairs encoding of entries with one-byte keys and values; `count`
-- is the little-endian u32 count, written out.
local function enc(count, list)
  local head, data = count, ""
  for i = 1, #list do
    head = head .. "\x01\x00\x00\x00\x01\x00\x00\x00"
    data = data .. list[i][1] .. "\0" .. list[i][2] .. "\0"
  end
  return { "proxy_get_header_map_pairs", "ok", out = { buf = head .. data } }
end
local FINAL = { { "a", "1" }, { "x", "9" }, { "c", "3" }, { "a", "0" } }
return {
  title = "replace keeps the first entry's place, remove keeps the order, add appends",
  kind = "host-defined",
  abi = "all",
  class = "positive",
  why = "The specs say what a map holds after replace (one entry with the "
    .. "key, semantics.lua), not where it stands.  The reference host gives "
    .. "the value to the first entry in place and drops the repeats.  "
    .. "Envoy's header map removes every entry and appends one (runtime "
    .. "flag http_set_copy_replace_all_headers, on by default; with it off "
    .. "only the first entry changed and the repeats stayed), so x would "
    .. "move to the end there.  Remove and add keep the order everywhere.",
  steps = {
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { "a", "1" }, { "x", "1" }, { "b", "2" }, { "x", "2" }, { "c", "3" } },
      expect = {
        ret = "continue",
        calls = {
          { "proxy_replace_header_map_value", "ok" },
          enc("\x04\x00\x00\x00", { { "a", "1" }, { "x", "9" }, { "b", "2" }, { "c", "3" } }),
          { "proxy_remove_header_map_value", "ok" },
          enc("\x03\x00\x00\x00", { { "a", "1" }, { "x", "9" }, { "c", "3" } }),
          { "proxy_add_header_map_value", "ok" },
          enc("\x04\x00\x00\x00", FINAL),
        },
        map = { ctx = "s", type = "request_headers", pairs = FINAL },
      } },
  },
}
