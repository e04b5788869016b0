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

-- C lines are fitted to a width: breaks after ", " outside literals, with
-- the continuation indented; comments are refilled; short lines stay.
function tests.c_fit()
  T.eq(util.c_fit("f(a, b);", 80), "f(a, b);", "short")
  T.eq(util.c_fit("  call(alpha, beta, gamma);", 16),
    "  call(alpha,\n      beta,\n      gamma);", "breaks")
  T.eq(util.c_fit('x("a, b, c", d);', 14), 'x("a, b, c",\n    d);',
    "no break inside a string")
  T.eq(util.c_fit("/* one two three four */", 16),
    "/* one two three\n   four */", "comment")
  T.eq(util.c_fit("#define M(a, b) {a, b, c, d}", 20),
    "#define M(a, \\\n    b) {a, b, c, d}", "preprocessor line continues")
  T.eq(util.c_fit("nobreakpointsatall_here", 8), "nobreakpointsatall_here",
    "left alone")
end

return tests
