;; buffers/buffer_not_found: a buffer that is not available in the current
;; callback is not_found, for both proxy_get_buffer_bytes and
;; proxy_get_buffer_status.  From on_configure (a root context) all six
;; buffer types; in on_request_body types 1..5 (type 0, the request body,
;; is there and reads ok).
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
  ;; bytes(t, 0, 10) and status(t) for t = $from .. 5
  (func $sweep (param $t i32)
    (loop $next
      (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 10) (i32.const 512) (i32.const 516)))
      (drop (call $status (local.get $t) (i32.const 512) (i32.const 516)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $t) (i32.const 6)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $sweep (i32.const 0))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $sweep (i32.const 0))
    (i32.const 0)))
