-- The C string escaper: every byte string must survive a round trip
-- through a C compiler (checked in test_generate.lua); here, exact forms.
local T = require("t")
local util = require("pwabi.util")

local tests = {}

function tests.c_string_plain()
  T.eq(util.c_string("env"), '"env"', "plain")
  T.eq(util.c_string(""), '""', "empty")
end

function tests.c_string_escapes()
  T.eq(util.c_string('a"b\\c'), '"a\\"b\\\\c"', "quote and backslash")
  T.eq(util.c_string("x\ny\tz"), '"x\\ny\\tz"', "newline and tab")
  T.eq(util.c_string("\0\1\255"), '"\\000\\001\\377"', "control and high")
  T.eq(util.c_string('""'), '"\\"\\""', "two quotes (Redis bug)")
  T.eq(util.c_string("??="), '"?\\?="', "trigraph")
  -- %q would give a decimal escape followed by a digit: "\0001".
  T.eq(util.c_string("\0" .. "1"), '"\\0001"', "octal is always 3 digits")
end

function tests.sorted_iteration()
  local t = { b = 1, a = 2, c = 3 }
  local keys = {}
  for k in util.spairs(t) do keys[#keys + 1] = k end
  T.eq(table.concat(keys), "abc", "order")
end

return tests
