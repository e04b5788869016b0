;; buffers/get_buffer_status_bad_pointers: proxy_get_buffer_status of the
;; request body with a bad `len` out-pointer, then a bad `flags`
;; out-pointer (the other valid), each as 65536 (out of bounds),
;; 0xFFFFFFFC (the 4-byte write wraps past 2^32) and 65534 (it crosses the
;; end of the 1-page memory).
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 65536) (i32.const 516)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const -4) (i32.const 516)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 65534) (i32.const 516)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 512) (i32.const 65536)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 512) (i32.const -4)))
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 512) (i32.const 65534)))
    (i32.const 0)))
