-- Text to HTML, in one place: the HTML escaper and a small renderer of the
-- inline Markdown the spec's texts use.  Every HTML the generators write
-- goes through M.escape or M.inline; nothing else escapes or parses markup.
--
-- Inline Markdown (one paragraph of text):
--   `code`          <code>; with a code_href callback, a span it names
--                   (a type, a function) becomes a link
--   **strong**      <strong>
--   *em*            <em>: the opening * is followed by a non-space, the
--                   closing one preceded by a non-space
--   [text](href)    <a href>; text may hold further markup
--   \x              a literal x (x any ASCII punctuation)
-- A marker without its partner stays literal text (`continue.*()`), code
-- spans are opaque (`wasmx.*`), and text between paragraphs is split on
-- blank lines (M.paragraphs).
local M = {}

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
  ['"'] = "&quot;", ["'"] = "&#39;" }

-- Text or attribute value as HTML.
function M.escape(s)
  if not s:find("[&<>\"']") then return s end
  return (s:gsub("[&<>\"']", ESC))
end

-- The end of the code span that opens at i (a run of n backticks), or nil.
local function code_end(s, i, n)
  local j = i + n
  while true do
    local a, b = s:find("`+", j)
    if not a then return nil end
    if b - a + 1 == n then return a, b end
    j = b + 1
  end
end

-- The position of the closing delimiter `d` for an opener ending at i,
-- skipping code spans; nil when there is none.
local function closer(s, i, d)
  local j = i + 1
  while j <= #s do
    local c = s:sub(j, j)
    if c == "`" then
      local run = #s:match("^`+", j)
      local _, b = code_end(s, j, run)
      j = (b or j + run - 1) + 1
    elseif c == "\\" then
      j = j + 2
    elseif #d == 1 and s:sub(j, j + 1) == "**" then
      j = j + 2
    elseif s:sub(j, j + #d - 1) == d and not s:sub(j - 1, j - 1):match("%s")
      and (#d == 2 or s:sub(j + 1, j + 1) ~= "*") then
      return j
    else
      j = j + 1
    end
  end
end

-- One markup item at position i: its HTML and the position after it, or
-- nil when the character there is plain text.
local function item(s, i, code_href)
  local c = s:sub(i, i)
  if c == "\\" and s:sub(i + 1, i + 1):match("^%p$") then
    return M.escape(s:sub(i + 1, i + 1)), i + 2
  elseif c == "`" then
    local n = #s:match("^`+", i)
    local a, b = code_end(s, i, n)
    if not a then return M.escape(("`"):rep(n)), i + n end
    local body = s:sub(i + n, a - 1)
    if n > 1 then body = body:gsub("^ (.*) $", "%1") end
    local html = "<code>" .. M.escape(body) .. "</code>"
    local href = code_href and code_href(body)
    if href then html = ('<a href="%s">%s</a>'):format(M.escape(href), html) end
    return html, b + 1
  elseif c == "*" then
    local d = s:sub(i, i + 1) == "**" and "**" or "*"
    local open = i + #d
    local j = not s:sub(open, open):match("^[%s*]?$") and closer(s, open - 1, d)
    if not j then return M.escape(d), open end
    local tag = #d == 2 and "strong" or "em"
    return ("<%s>%s</%s>"):format(tag, M.inline(s:sub(open, j - 1), code_href),
      tag), j + #d
  elseif c == "[" then
    local text, href, e = s:match("^%[([^%]]+)%]%(([^%s%)]+)%)()", i)
    if not text then return nil end
    return ('<a href="%s">%s</a>'):format(M.escape(href),
      M.inline(text, code_href)), e
  end
end

-- One paragraph of inline Markdown as HTML.  code_href(span) returns the
-- href for a code span, or nil (optional).
function M.inline(s, code_href)
  local out, i = {}, 1
  while i <= #s do
    local j = s:find("[`*%[\\]", i) or #s + 1
    out[#out + 1] = M.escape(s:sub(i, j - 1))
    if j > #s then break end
    local html, nxt = item(s, j, code_href)
    if html then
      out[#out + 1], i = html, nxt
    else
      out[#out + 1], i = M.escape(s:sub(j, j)), j + 1
    end
  end
  return table.concat(out)
end

-- The paragraphs of a text (split on blank lines), each as one line.
function M.paragraphs(text)
  local list = {}
  for para in (text .. "\n\n"):gmatch("(.-)\n%s*\n") do
    if para:match("%S") then
      list[#list + 1] = para:match("^%s*(.-)%s*$"):gsub("%s*\n%s*", " ")
    end
  end
  return list
end

-- A text of paragraphs as <p> elements.
function M.blocks(text, code_href)
  local out = {}
  for i, p in ipairs(M.paragraphs(text)) do
    out[i] = "<p>" .. M.inline(p, code_href) .. "</p>\n"
  end
  return table.concat(out)
end

return M
