-- Checks the DOMs chromium dumped for every page of the site:
--   * every href is relative and resolves: the file exists in the site
--     and, with a #fragment, the page it names has that id;
--   * no page has a duplicate id or a <script>;
--   * the rendered text (outside <pre>, <code> and <head>) holds no
--     Markdown: no "**", no backtick, no "](";
--   * every item section (class "item") is linked from the page's <nav>.
-- Usage: lua5.4 check_dom.lua SITE DOMDIR
-- Prints a summary on stderr and, on stdout, the page#id of the first host
-- function, for the screenshot.  Exits 1 on any problem.
local site, domdir = arg[1], arg[2]

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

local ENT = { amp = "&", lt = "<", gt = ">", quot = '"', ["#39"] = "'",
  nbsp = " " }
local function unescape(s) return (s:gsub("&(#?%w+);", ENT)) end

-- Elements whose text is not rendered prose.
local OPAQUE = { pre = true, code = true, head = true, script = true,
  style = true }

-- One page's DOM: ids (with counts), links { href, nav }, item ids, text
-- runs outside opaque elements, script count, first host function
-- section (class "host").
local function scan(html)
  local p = { ids = {}, dups = {}, links = {}, items = {}, text = {},
    scripts = 0 }
  local opaque, nav, i, n = 0, 0, 1, #html
  while i <= n do
    local lt = html:find("<", i, true) or n + 1
    if opaque == 0 then p.text[#p.text + 1] = unescape(html:sub(i, lt - 1)) end
    if lt > n then break end
    if html:sub(lt, lt + 3) == "<!--" then
      i = (html:find("-->", lt + 4, true) or n) + 3
    elseif html:sub(lt + 1, lt + 1) == "/" then
      local name, e = html:match("^</(%w+)%s*>()", lt)
      name = (name or ""):lower()
      if OPAQUE[name] then opaque = opaque - 1 end
      if name == "nav" then nav = nav - 1 end
      i = e or lt + 2
    elseif html:sub(lt + 1, lt + 1):match("%a") then
      local j, q = lt + 1, nil
      while j <= n do
        local c = html:sub(j, j)
        if q then
          if c == q then q = nil end
        elseif c == '"' or c == "'" then q = c
        elseif c == ">" then break end
        j = j + 1
      end
      local tag = html:sub(lt, j)
      local name = tag:match("^<(%w+)"):lower()
      local a = {}
      for k, v in tag:gmatch('([%w%-:]+)="([^"]*)"') do a[k:lower()] = unescape(v) end
      if OPAQUE[name] then opaque = opaque + 1 end
      if name == "nav" then nav = nav + 1 end
      if name == "script" then p.scripts = p.scripts + 1 end
      if a.id then
        if p.ids[a.id] then p.dups[#p.dups + 1] = a.id end
        p.ids[a.id] = true
        local class = " " .. (a.class or "") .. " "
        if name == "section" and class:find(" item ", 1, true) then
          p.items[#p.items + 1] = a.id
          if not p.host and class:find(" host ", 1, true) then p.host = a.id end
        end
      end
      if a.href then p.links[#p.links + 1] = { href = a.href, nav = nav > 0 } end
      i = j + 1
    else
      i = lt + 1
    end
  end
  return p
end

local pages, order = {}, {}
local ls = io.popen(('ls "%s"'):format(domdir))
for name in ls:lines() do
  order[#order + 1] = name
  local dom = read(domdir .. "/" .. name)
  if not dom or #dom == 0 then
    io.stderr:write(("test-docs: %s: chromium dumped nothing\n"):format(name))
    os.exit(1)
  end
  pages[name] = scan(dom)
end
ls:close()
table.sort(order)

local problems, nlinks, nanchors = {}, 0, 0
local function bad(page, fmt, ...)
  problems[#problems + 1] = page .. ": " .. fmt:format(...)
end

-- A link from page: nil when it resolves, else what is wrong.
local function broken(page, href)
  if href:match("^%a[%w+.-]*:") or href:match("^/") then
    return "not a relative link"
  end
  local file, frag = href:match("^([^#]*)#?(.*)$")
  file = file == "" and page or file
  if file:find("..", 1, true) then return "leaves the site" end
  if not read(site .. "/" .. file) then return "no such file" end
  if frag ~= "" then
    nanchors = nanchors + 1
    local target = pages[file]
    if not target then return "anchor in a page that was not loaded" end
    if not target.ids[frag] then return "no id '" .. frag .. "' there" end
  end
end

local MARKDOWN = { "**", "`", "](" }

local shot
for _, name in ipairs(order) do
  local p = pages[name]
  for _, id in ipairs(p.dups) do bad(name, "duplicate id '%s'", id) end
  if p.scripts > 0 then bad(name, "%d <script> elements", p.scripts) end
  local in_nav = {}
  for _, l in ipairs(p.links) do
    nlinks = nlinks + 1
    local why = broken(name, l.href)
    if why then bad(name, "href '%s': %s", l.href, why) end
    if l.nav and l.href:sub(1, 1) == "#" then in_nav[l.href:sub(2)] = true end
  end
  for _, id in ipairs(p.items) do
    if not in_nav[id] then bad(name, "item '%s' is not in the navigation", id) end
  end
  local text = table.concat(p.text)
  for _, m in ipairs(MARKDOWN) do
    local at = text:find(m, 1, true)
    if at then
      bad(name, "unrendered Markdown %q in %q", m,
        text:sub(math.max(1, at - 40), at + 40):gsub("%s+", " "))
    end
  end
  if not shot and p.host then shot = name .. "#" .. p.host end
end

for _, msg in ipairs(problems) do io.stderr:write("test-docs: " .. msg .. "\n") end
io.stderr:write(("test-docs: %d pages loaded in chromium, %d links checked "
  .. "(%d with an anchor), %d problems\n"):format(#order, nlinks, nanchors,
  #problems))
if #problems > 0 then os.exit(1) end
if not shot then
  io.stderr:write("test-docs: no function section to photograph\n")
  os.exit(1)
end
print(shot)
