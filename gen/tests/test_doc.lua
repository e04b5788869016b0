-- The HTML escaper and the inline Markdown renderer (gen/pwabi/doc.lua):
-- exact output for each construct, and the spec's texts that must stay
-- literal.
local T = require("t")
local doc = require("pwabi.doc")

local tests = {}

local function links(span)
  if span == "proxy_log" then return "v1.html#fn-proxy_log" end
end

function tests.escape()
  T.eq(doc.escape([[a<b>&"c"'d']]), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;",
    "the five characters")
  T.eq(doc.escape("&amp;"), "&amp;amp;", "escapes once more, never decodes")
  T.eq(doc.escape(""), "", "empty")
end

function tests.code_spans()
  T.eq(doc.inline("call `f(x)` now"), "call <code>f(x)</code> now", "span")
  T.eq(doc.inline("`a<b>`"), "<code>a&lt;b&gt;</code>", "escaped inside")
  T.eq(doc.inline("``a`b``"), "<code>a`b</code>", "double fence")
  T.eq(doc.inline("`` `x` ``"), "<code>`x`</code>", "padded fence")
  T.eq(doc.inline("`**no**` *`x`*"), "<code>**no**</code> <em><code>x</code></em>",
    "spans are opaque; markup around them is not")
  T.eq(doc.inline("`wasmx.*` and `ngx.*`"),
    "<code>wasmx.*</code> and <code>ngx.*</code>", "stars inside code")
end

function tests.code_links()
  T.eq(doc.inline("see `proxy_log`", links),
    'see <a href="v1.html#fn-proxy_log"><code>proxy_log</code></a>', "linked")
  T.eq(doc.inline("`other`", links), "<code>other</code>", "not an item")
end

function tests.emphasis()
  T.eq(doc.inline("**Hosts disagree.** x"), "<strong>Hosts disagree.</strong> x",
    "strong")
  T.eq(doc.inline("a *pairs* b"), "a <em>pairs</em> b", "em")
  T.eq(doc.inline("*a **b** c*"), "<em>a <strong>b</strong> c</em>", "nested")
  T.eq(doc.inline("**a `b` c**"), "<strong>a <code>b</code> c</strong>",
    "code inside strong")
end

function tests.literal_markers()
  T.eq(doc.inline("one of the continue.*() functions"),
    "one of the continue.*() functions", "lone star")
  T.eq(doc.inline("2 * 3 * 4"), "2 * 3 * 4", "spaced stars")
  T.eq(doc.inline("a ** b"), "a ** b", "spaced double star")
  T.eq(doc.inline("a stray ` tick"), "a stray ` tick", "lone backtick")
  T.eq(doc.inline([[\*not em\*]]), "*not em*", "backslash escapes")
  T.eq(doc.inline("[not a link] (x)"), "[not a link] (x)", "no link")
end

function tests.links()
  T.eq(doc.inline("[the *spec*](https://x.org/a?b=1&c=2)"),
    '<a href="https://x.org/a?b=1&amp;c=2">the <em>spec</em></a>', "link")
  T.eq(doc.inline('[q](a"b)'), '<a href="a&quot;b">q</a>', "href escaped")
end

function tests.text_is_escaped()
  T.eq(doc.inline("delta > 0 & <b>"), "delta &gt; 0 &amp; &lt;b&gt;", "prose")
  T.eq(doc.inline("it's"), "it&#39;s", "apostrophe")
end

function tests.paragraphs()
  local list = doc.paragraphs("one\nline\n\n  two  \n \nthree")
  T.eq(#list, 3, "count")
  T.eq(list[1], "one line", "joined lines")
  T.eq(list[2], "two", "trimmed")
  T.eq(doc.blocks("a `b`\n\nc"), "<p>a <code>b</code></p>\n<p>c</p>\n",
    "as <p>")
end

return tests
