;; buffers/set_buffer_bytes_bad_pointers: proxy_set_buffer_bytes of the
;; request body in on_request_body, prepending a value that lies outside
;; memory: at 65536 (past the end of the 1-page memory), at 0xFFFFFFFC
;; with length 8 (wraps past 2^32) and at 65535 with length 2 (crosses the
;; end).  The body is read back unchanged.
(module
  (import "env" "proxy_set_buffer_bytes"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
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
  (func $bad (param $v i32) (param $n i32)
    (drop (call $set (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 0)
                     (local.get $v) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $bad (i32.const 65536) (i32.const 1))
    (call $bad (i32.const -4) (i32.const 8))
    (call $bad (i32.const 65535) (i32.const 2))
    (drop (call $bytes (i32.const {{buffer http_request_body}}) (i32.const 0) (i32.const 100)
                       (i32.const 512) (i32.const 516)))
    (i32.const 0)))
