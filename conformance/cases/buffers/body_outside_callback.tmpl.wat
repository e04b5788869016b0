;; buffers/body_outside_callback: a body buffer is readable only in its own
;; body callback (or while held by a buffering status).  The request body
;; (0) is not_found in on_request_headers (no body yet), and, after its
;; callback returned continue, in on_response_headers and on_response_body;
;; the response body (1) is not_found in on_response_headers.
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
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
  (func $try (param $t i32)
    (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 10) (i32.const 512) (i32.const 516)))
    (drop (call $status (local.get $t) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $try (i32.const {{buffer http_request_body}}))
    (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (call $try (i32.const {{buffer http_request_body}}))
    (call $try (i32.const {{buffer http_response_body}}))
    (i32.const 0))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (call $try (i32.const {{buffer http_request_body}}))
    (i32.const 0)))
