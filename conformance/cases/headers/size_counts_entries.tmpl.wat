;; headers/size_counts_entries: proxy_get_header_map_size of the request
;; headers (5 entries: a repeated key and an empty value among them), of
;; the response headers (1 entry), and of empty response trailers.
(module
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $size (i32.const {{map request_headers}}) (i32.const 512)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $size (i32.const {{map response_headers}}) (i32.const 512)))
    (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32) (result i32)
    (drop (call $size (i32.const {{map response_trailers}}) (i32.const 512)))
    (i32.const 0)))
