;; buffers/set_buffer_bytes_ranges: proxy_set_buffer_bytes with ranges
;; that are neither a prepend, an append nor a replace-all, on the request
;; body "abcdefgh" in on_request_body, each read back whole:
;;   start 2, length 3, "XY"    a middle range      -> "abXYfgh"
;;   start 5, length 100, "Z"   a length past the end -> "abXYfZ"
;;   start 1, length 0, "-"     an insertion        -> "a-bXYfZ"
;;   start 0, length 1, ""      a deletion          -> "-bXYfZ"
(module
  (import "env" "proxy_set_buffer_bytes"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "XYZ-")
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $edit (param $start i32) (param $len i32) (param $v i32) (param $n i32)
    (drop (call $set (i32.const {{buffer http_request_body}}) (local.get $start) (local.get $len)
                     (local.get $v) (local.get $n)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 100)
                       (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $edit (i32.const 2) (i32.const 3) (i32.const 16) (i32.const 2))
    (call $edit (i32.const 5) (i32.const 100) (i32.const 18) (i32.const 1))
    (call $edit (i32.const 1) (i32.const 0) (i32.const 19) (i32.const 1))
    (call $edit (i32.const 0) (i32.const 1) (i32.const 16) (i32.const 0))
    (i32.const 0)))
