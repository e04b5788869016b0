;; buffers/response_body_read: in on_response_body, read the response body
;; (buffer 1): all of it, a middle range, a clamped range.
(module
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
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
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  ;; buffer_type 1 = http_response_body
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const {{buffer http_response_body}}) (i32.const 0) (i32.const 8) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_response_body}}) (i32.const 1) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_response_body}}) (i32.const 4) (i32.const 9) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
