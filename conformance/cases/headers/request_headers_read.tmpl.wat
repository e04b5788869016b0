;; headers/request_headers_read: in on_request_headers, read the request
;; headers: the value of a key, an empty value, and the whole map
;; pairs-encoded (order kept, a repeated key once per value).
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) ":path")
  (data (i32.const 32) "x-empty")
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  ;; out-pointers at 512 (ptr) and 516 (len)
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5)
                     (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 7)
                     (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
