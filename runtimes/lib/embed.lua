-- Embed a Lua file in the binary as C string literals with their lengths,
-- one line each (pw_chunk, drive.h):
--   lua5.4 runtimes/lib/embed.lua NAME SOURCE < SOURCE > OUT.c
-- Every byte that is not printable ASCII, and " \ ? (trigraphs), becomes
-- a 3-digit octal escape, so any byte, NUL included, comes through exact.
local name, source = arg[1], arg[2]
assert(name and source, "usage: embed.lua NAME SOURCE < SOURCE > OUT.c")

local function escape(c)
  return ("\\%03o"):format(c:byte())
end

io.write(("/* generated from %s by runtimes/lib/embed.lua */\n"):format(
  source))
io.write("#include \"drive.h\"\n")
io.write(("const pw_chunk %s[] = {\n"):format(name))
for line in io.read("a"):gmatch("[^\n]*\n?") do
  if line ~= "" then
    io.write("  {\"", (line:gsub("[^ !#->@-Z%[%]^-~]", escape)), "\", ",
      #line, "},\n")
  end
end
io.write("  {0, 0}\n};\n")
