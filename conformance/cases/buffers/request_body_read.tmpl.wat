;; buffers/request_body_read: in on_request_body, read the request body
;; (buffer 0): the whole of it, a middle range, a range that runs past the
;; end (clamped, also when start + length passes 2^32), a start at the end
;; and past it, and a length of 0 (the last three are empty: pointer 0,
;; length 0).
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
  ;; buffer_type 0 = http_request_body; out-pointers at 512 and 516
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 11) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 6) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 6) (i32.const 100) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const -1) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 6) (i32.const -1) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 11) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const -1) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 3) (i32.const 0) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
